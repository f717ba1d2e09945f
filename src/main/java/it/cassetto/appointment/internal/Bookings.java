package it.cassetto.appointment.internal;

import it.cassetto.appointment.Appointment;
import it.cassetto.appointment.AppointmentStatus;
import it.cassetto.appointment.Availability;
import it.cassetto.appointment.FreeSlot;
import it.cassetto.appointment.OfficeCalendar;
import it.cassetto.appointment.SlotTakenException;
import it.cassetto.appointment.internal.AppointmentStore.Row;
import it.cassetto.appointment.internal.AppointmentStore.SlotRow;
import it.cassetto.calendar.WorkingDayCalendar;
import it.cassetto.notification.NotificationOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The booking mechanics the user's and the office's services share, inside their transaction: free slots
 * of an office between two days, taking a place in a slot (locked row, conditional update), freeing one,
 * and queuing the notices. Checks no caller: the services do before calling it.
 */
@ApplicationScoped
public class Bookings {

    @Inject
    AppointmentStore store;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    NotificationOutbox outbox;

    @Inject
    @ConfigProperty(name = "cassetto.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** The free slots of the office from {@code from} to {@code to} (included) starting after {@code notBefore}. */
    public Availability availability(OfficeCalendar office, LocalDate from, LocalDate to, LocalDateTime notBefore) {
        List<SlotGenerator.Slot> slots = SlotGenerator.slots(office, calendar.of(office.officeId()), from, to, notBefore);
        List<FreeSlot> free = SlotGenerator.free(office.officeId(), slots, office.capacity(),
                store.places(office.officeId(), from.atStartOfDay(), to.plusDays(1).atStartOfDay()));
        return new Availability(office.officeId(), office.officeName(), from, to, free);
    }

    /** The calendar's slot starting at {@code start} between the days, if it is one. */
    public SlotGenerator.Slot offered(OfficeCalendar office, LocalDate from, LocalDate to, LocalDateTime notBefore,
                                      LocalDateTime start) {
        if (start.toLocalDate().isBefore(from) || start.toLocalDate().isAfter(to)) {
            return null;
        }
        return SlotGenerator.slots(office, calendar.of(office.officeId()), start.toLocalDate(), start.toLocalDate(),
                notBefore).stream().filter(s -> s.start().equals(start)).findFirst().orElse(null);
    }

    /**
     * Takes one place in the slot (its row locked first, expired holds released), or throws
     * {@link SlotTakenException} with the office's availability from {@code from} to {@code to}.
     */
    public SlotRow takePlace(OfficeCalendar office, SlotGenerator.Slot slot, Instant now, LocalDate from, LocalDate to,
                             LocalDateTime notBefore) {
        SlotRow row = store.lockSlot(office.officeId(), slot.start(), slot.end(), office.capacity());
        store.releaseExpiredHolds(row.id(), now);
        if (!store.takePlace(row.id())) {
            throw new SlotTakenException(availability(office, from, to, notBefore));
        }
        return row;
    }

    /** Inserts the appointment in its slot; empty when the request already has a live appointment. */
    public OptionalLong insert(AppointmentStore.NewRow row) {
        return store.insert(row);
    }

    /**
     * Ends a live appointment (cancelled or an abandoned hold): locks its slot, moves the status and frees
     * the place. False when it was no longer in one of the {@code from} statuses.
     */
    public boolean end(Row appointment, List<AppointmentStatus> from, AppointmentStatus to, Instant at,
                       String byName, String reason) {
        store.lockSlot(appointment.slotId());
        if (!store.changeStatus(appointment.id(), from, to, at, byName, reason)) {
            return false;
        }
        store.freePlaces(appointment.slotId(), 1);
        return true;
    }

    /** Queues the messages of an event, read from the appointment as it is now. */
    public void notify(long appointmentId, AppointmentNotices.Event event, Instant now) {
        Row row = store.appointment(appointmentId).orElseThrow();
        AppointmentNotices.of(row, event, now, publicUrl.endsWith("/")
                ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl).forEach(outbox::enqueue);
    }

    /** An appointment as its viewer sees it. */
    public static Appointment view(Row r, boolean mayCancel) {
        return new Appointment(r.id(), r.officeId(), r.officeName(), r.start(), r.end(), r.requestId(), r.protocol(),
                r.subjectLabel(), r.positionId(), r.positionIdentifier(), r.holderName(), r.status(), r.urgent(),
                r.phone(), r.notes(), r.bookedByName(), r.bookedAt(), r.cancelReason(), r.changedByName(), mayCancel);
    }
}
