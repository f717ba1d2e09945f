package it.cassetto.request.internal;

import it.cassetto.calendar.WorkingDayCalendar;
import it.cassetto.request.RequestEventKind;
import it.cassetto.request.RequestListItem;
import it.cassetto.request.RequestStateMachine.State;
import it.cassetto.request.RequestStatus;
import it.cassetto.request.internal.AttachmentPolicy.CheckedFile;
import it.cassetto.request.internal.RequestStore.RequestRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the user's and the office's services share below their checks: the state of a request for the
 * rules, its list row with age and overdue, archiving a submission, and queueing notices.
 */
@ApplicationScoped
public class RequestSupport {

    @Inject
    RequestStore store;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Instance<NoticeSink> noticeSinks;

    @Inject
    @ConfigProperty(name = "cassetto.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    public static State state(RequestRow row) {
        return new State(row.status(), row.awaitingUser(), row.dueOn(), row.reminded());
    }

    public RequestListItem summary(RequestRow row, LocalDate today) {
        boolean open = row.status() != RequestStatus.CLOSED;
        return new RequestListItem(row.id(), row.protocol(), row.positionId(), row.identifier(), row.holderName(),
                row.officeId(), row.subjectCode(), null, row.subjectLabel(), row.status(), row.outcome(),
                row.awaitingUser(), row.openedAt(), row.dueOn(), null, state(row).overdueOn(today),
                open ? calendar.of(row.officeId()).workingDaysBetween(row.openedOn(), today) : 0, row.reminded(),
                row.handledByName());
    }

    public void storeArchive(long requestId, long eventId, String protocol, int number, List<CheckedFile> files) {
        if (files.isEmpty()) {
            return;
        }
        try (AttachmentArchive archive = AttachmentArchive.write(files)) {
            store.insertArchive(requestId, eventId, protocol.replace('.', '-') + "-allegati-" + number + ".zip",
                    archive, files);
        }
    }

    /** Queues the user's notices of an event, read from the request as it is now. */
    public void notifyUser(long requestId, long eventId, RequestEventKind kind, String comment) {
        RequestRow row = store.request(requestId, false).orElseThrow();
        RequestNotices.forUser(row, eventId, kind, comment, publicUrl).forEach(this::enqueue);
    }

    public void notifyOfficeHead(RequestRow row, long eventId, LocalDate today) {
        store.officeHead(row.officeId())
                .ifPresent(h -> enqueue(RequestNotices.escalation(row, eventId, h[1], today, publicUrl)));
    }

    private void enqueue(RequestNotices.Notice notice) {
        for (NoticeSink sink : noticeSinks) {
            sink.enqueue(notice);
        }
    }
}
