package it.cassetto.request;

import it.cassetto.calendar.WorkingDayCalendar;
import it.cassetto.delegation.DelegationService;
import it.cassetto.delegation.PositionReach;
import it.cassetto.request.RequestStateMachine.State;
import it.cassetto.request.internal.AttachmentPolicy;
import it.cassetto.request.internal.AttachmentPolicy.CheckedFile;
import it.cassetto.request.internal.ListRows;
import it.cassetto.request.internal.RequestSupport;
import it.cassetto.request.internal.ReceiptPdf;
import it.cassetto.request.internal.RequestQueryBuilder;
import it.cassetto.request.internal.RequestStore;
import it.cassetto.request.internal.RequestStore.PositionInfo;
import it.cassetto.request.internal.RequestStore.RequestRow;
import it.cassetto.request.internal.RequestStore.SubjectRow;
import it.cassetto.shared.query.Page;
import it.cassetto.shared.query.PageRequest;
import it.cassetto.shared.security.AccessDecision;
import it.cassetto.shared.security.AccessDeniedException;
import it.cassetto.shared.security.Action;
import it.cassetto.shared.security.CallerIdentity;
import it.cassetto.shared.security.CurrentUser;
import it.cassetto.shared.security.PositionAccessGuard;
import it.cassetto.shared.security.Role;
import it.cassetto.shared.security.SecuredService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The user's side of the Comunicazione bidirezionale: the subject tree of a position, sending a request
 * (protocol number, due date in working days, attachments checked and archived, receipt), "Lista
 * richieste", a request's detail and attachments, replying with documents when the office asks, and the
 * reminder (sollecito) after the due date. Every method that names a position or a request asks
 * {@link PositionAccessGuard} first: READ to see, SEND to write. Also the time facts the appointments
 * feature reads ({@link #deadline}) and the requests the dossier prints ({@link #openAndRecent}).
 */
@ApplicationScoped
@SecuredService
@Transactional
@RolesAllowed({Role.Names.EMPLOYER, Role.Names.ENTITY_EMPLOYEE, Role.Names.INTERMEDIARY,
        Role.Names.INTERMEDIARY_STAFF, Role.Names.OPERATOR, Role.Names.SUPERVISOR})
public class RequestService {

    /** Section code of the requests in the access audit. */
    public static final String SECTION = "requests";
    /** Working days the office has to answer (protocollo Ferrara, allegato 1, 2.4 A). */
    public static final int ANSWER_WORKING_DAYS = 10;
    /** At most this many requests for the dossier. */
    public static final int DOSSIER_CAP = 50;

    @Inject
    PositionAccessGuard guard;

    @Inject
    CurrentUser currentUser;

    @Inject
    DelegationService delegations;

    @Inject
    RequestStore store;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    RequestSupport support;

    Clock clock = Clock.systemUTC();

    /** The current subject tree for a position's kind. */
    public SubjectTree subjectTree(@Positive long positionId) {
        guard.check(positionId, SECTION, Action.READ);
        PositionInfo position = store.position(positionId).orElseThrow(() -> noPosition(positionId));
        return RequestStore.tree(position.kind(), store.currentTree(position.kind()));
    }

    /** Subject classes of every tree (code to label), for the list filters. */
    public Map<String, String> subjectClasses() {
        return store.subjectClasses();
    }

    /**
     * Sends a new request: checks the caller may send for the position, the subject is of the position's
     * current tree, there is an e-mail or a mobile phone, and the attachments (at most 3, 3 MB each, allowed
     * types, no executable, no zip bomb); then protocols it with its due date, stores it with its archive
     * and the timeline's first step, and queues the notifications, all in one transaction.
     */
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.ENTITY_EMPLOYEE, Role.Names.INTERMEDIARY,
            Role.Names.INTERMEDIARY_STAFF})
    public SentRequest send(@NotNull @Valid NewRequest request, @NotNull List<AttachmentUpload> attachments) {
        guard.check(request.positionId(), SECTION, Action.SEND);
        CallerIdentity caller = currentUser.require();
        if (request.email() == null && request.mobilePhone() == null) {
            throw new RequestRuleException("request.error.contactRequired");
        }
        PositionInfo position = store.position(request.positionId())
                .orElseThrow(() -> noPosition(request.positionId()));
        SubjectRow subject = store.subject(request.subjectId())
                .filter(s -> store.currentTree(position.kind()).stream().anyMatch(c -> c.id() == s.id()))
                .orElseThrow(() -> new RequestRuleException("request.error.subjectNotInTree"));
        List<CheckedFile> files = AttachmentPolicy.check(attachments);

        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate today = calendar.dayOf(now);
        LocalDate dueOn = subject.guaranteed()
                ? calendar.of(position.officeId()).plusWorkingDays(today, ANSWER_WORKING_DAYS) : null;
        String protocol = "INPS." + position.officeCode() + "." + today.getYear() + "."
                + String.format("%07d", store.nextProtocolNumber());
        long id = store.insertRequest(new RequestStore.NewRow(protocol, position, subject, request.text().strip(),
                request.email(), request.mobilePhone(), request.landline(), request.fax(), request.consentEmail(),
                request.consentSms(), caller.username(), caller.displayName(), now, today, dueOn));
        long eventId = store.insertEvent(id, now, RequestEventKind.OPENED, caller.username(), caller.displayName(),
                false, RequestStatus.OPEN, null, null);
        support.storeArchive(id, eventId, protocol, 1, files);
        support.notifyUser(id, eventId, RequestEventKind.OPENED, null);
        return new SentRequest(id, protocol, now, dueOn);
    }

    /** "Lista richieste": the requests of the positions the caller may read that match the filter, one page. */
    public Page<RequestListItem> list(@NotNull RequestFilter filter, @NotNull @Valid PageRequest page) {
        RequestQueryBuilder.Reach reach;
        if (filter.positionId() != null) {
            guard.check(filter.positionId(), SECTION, Action.READ);
            reach = new RequestQueryBuilder.Reach(true, List.of(), null, List.of(), List.of());
        } else {
            PositionReach positions = delegations.reachOfCurrentCaller();
            reach = new RequestQueryBuilder.Reach(positions.everyPosition(), positions.officeIds(),
                    positions.legalRepresentativeFiscalCode(), positions.contributorIds(), positions.positionIds());
        }
        LocalDate today = calendar.today();
        RequestQueryBuilder query = new RequestQueryBuilder(reach, filter, false, today);
        List<RequestListItem> items = store.list(query.page(page.offset(), page.size()),
                ListRows.mapper(calendar, today));
        long total = page.page() == 0 && items.size() < page.size() ? items.size() : store.count(query.cappedCount());
        return new Page<>(items, Math.min(total, Page.COUNT_CAP), total > Page.COUNT_CAP);
    }

    /** One request with its timeline and attachments, for whoever may read its position. */
    public RequestDetail detail(@Positive long requestId) {
        RequestRow row = readable(requestId);
        CallerIdentity caller = currentUser.require();
        LocalDate today = calendar.today();
        State state = RequestSupport.state(row);
        boolean userSide = !caller.hasRole(Role.OPERATOR) && !caller.hasRole(Role.SUPERVISOR);
        RequestListItem summary = support.summary(row, today);
        return new RequestDetail(summary, row.body(), row.email(), row.mobilePhone(), row.landline(), row.fax(),
                row.consentEmail(), row.consentSms(), row.openedByName(), store.timeline(requestId),
                store.archives(requestId), userSide && row.status() != RequestStatus.CLOSED && row.awaitingUser(),
                userSide && state.overdueOn(today) && !row.reminded(),
                caller.hasRole(Role.OPERATOR) && row.status() != RequestStatus.CLOSED);
    }

    /** Streams one attachments archive (a zip) of a request the caller may read; false when there is none. */
    public boolean writeArchive(@Positive long requestId, @Positive long archiveId, @NotNull OutputStream out) {
        readable(requestId);
        return store.writeArchive(requestId, archiveId, out);
    }

    /** The receipt of a request (PDF), for whoever may read it. */
    public byte[] receipt(@Positive long requestId) {
        RequestRow row = readable(requestId);
        long opening = store.timeline(requestId).get(0).id();
        List<AttachmentArchiveInfo> archives = store.archives(requestId).stream()
                .filter(a -> a.eventId() == opening).toList();
        return ReceiptPdf.render(row, archives);
    }

    /** The user's reply, with documents, to an office that asked for them. */
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.ENTITY_EMPLOYEE, Role.Names.INTERMEDIARY,
            Role.Names.INTERMEDIARY_STAFF})
    public void reply(@Positive long requestId, @NotNull @Size(min = 1, max = NewRequest.MAX_TEXT) String text,
                      @NotNull List<AttachmentUpload> attachments) {
        RequestRow row = writable(requestId);
        if (text.isBlank()) {
            throw new RequestRuleException("request.error.textRequired");
        }
        State next = RequestSupport.state(row).userReplied();
        List<CheckedFile> files = AttachmentPolicy.check(attachments);
        CallerIdentity caller = currentUser.require();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long eventId = store.insertEvent(requestId, now, RequestEventKind.USER_REPLY, caller.username(),
                caller.displayName(), false, next.status(), null, text.strip());
        support.storeArchive(requestId, eventId, row.protocol(), store.archives(requestId).size() + 1, files);
        store.update(requestId, next.status(), next.awaitingUser(), null, false, now, calendar.dayOf(now), null, null);
    }

    /** The reminder (sollecito) after the due date without an answer: on the timeline, mailed to the office head. */
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.ENTITY_EMPLOYEE, Role.Names.INTERMEDIARY,
            Role.Names.INTERMEDIARY_STAFF})
    public void remind(@Positive long requestId) {
        RequestRow row = writable(requestId);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate today = calendar.dayOf(now);
        State next = RequestSupport.state(row).reminded(today);
        CallerIdentity caller = currentUser.require();
        String head = store.officeHead(row.officeId()).map(h -> h[0]).orElse(null);
        long eventId = store.insertEvent(requestId, now, RequestEventKind.REMINDER, caller.username(),
                caller.displayName(), false, next.status(), null,
                head == null ? null : "Sollecito inoltrato al responsabile della sede: " + head);
        store.update(requestId, next.status(), next.awaitingUser(), null, true, now, today, null, null);
        support.notifyOfficeHead(row, eventId, today);
    }

    /** The time facts of a request (for the appointments' booking rules), for whoever may read it. */
    public RequestDeadline deadline(@Positive long requestId) {
        RequestRow row = readable(requestId);
        LocalDate today = calendar.today();
        RequestListItem summary = support.summary(row, today);
        return new RequestDeadline(row.id(), row.positionId(), row.subjectCode(), row.status(), row.outcome(),
                row.openedAt(), row.dueOn(), row.closedAt(), summary.ageWorkingDays(), summary.overdue());
    }

    /**
     * The open requests and those closed in the last year of a position, newest first, at most
     * {@value #DOSSIER_CAP}: for the dossier print.
     */
    public List<RequestListItem> openAndRecent(@Positive long positionId) {
        guard.check(positionId, SECTION, Action.READ);
        LocalDate today = calendar.today();
        RequestQueryBuilder query = new RequestQueryBuilder(
                new RequestQueryBuilder.Reach(true, List.of(), null, List.of(), List.of()),
                new RequestFilter(positionId, null, null, null, null, false, null, null, today.minusYears(1), null),
                false, today);
        List<RequestListItem> recent = store.list(query.page(0, DOSSIER_CAP), ListRows.mapper(calendar, today));
        RequestQueryBuilder open = new RequestQueryBuilder(
                new RequestQueryBuilder.Reach(true, List.of(), null, List.of(), List.of()),
                RequestFilter.ofPosition(positionId), true, today);
        List<RequestListItem> openOnes = store.list(open.page(0, DOSSIER_CAP), ListRows.mapper(calendar, today));
        Map<Long, RequestListItem> merged = new LinkedHashMap<>();
        openOnes.forEach(i -> merged.put(i.id(), i));
        recent.forEach(i -> merged.putIfAbsent(i.id(), i));
        return merged.values().stream()
                .sorted(Comparator.comparing(RequestListItem::openedAt).reversed())
                .limit(DOSSIER_CAP).toList();
    }

    // ---- checks ------------------------------------------------------------------------------------------

    private RequestRow readable(long requestId) {
        RequestRow row = store.request(requestId, false).orElseThrow(() -> noRequest(requestId));
        guard.check(row.positionId(), SECTION, Action.READ);
        return row;
    }

    private RequestRow writable(long requestId) {
        RequestRow unlocked = store.request(requestId, false).orElseThrow(() -> noRequest(requestId));
        AccessDecision decision = guard.check(unlocked.positionId(), SECTION, Action.SEND);
        if (decision.actingRole() == Role.OPERATOR) {
            throw new AccessDeniedException("The office answers through the back office");
        }
        return store.lock(requestId).orElseThrow(() -> noRequest(requestId));
    }

    private static AccessDeniedException noRequest(long requestId) {
        return new AccessDeniedException("No request " + requestId);
    }

    private static AccessDeniedException noPosition(long positionId) {
        return new AccessDeniedException("No position " + positionId);
    }
}
