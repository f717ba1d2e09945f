package it.cassetto.appointment.internal;

import it.cassetto.appointment.internal.AppointmentStore.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * One pass of the appointments' housekeeping, in its own transaction: releases the places of holds that
 * expired, and queues the reminders of the booked or confirmed appointments of the next day (each once: the
 * rows are claimed with SKIP LOCKED, stamped reminded_at, and the outbox's dedup key drops a repeat).
 */
@ApplicationScoped
public class AppointmentReminders {

    static final int BATCH = 200;
    private static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    @Inject
    AppointmentStore store;

    @Inject
    Bookings bookings;

    /** Runs one pass as of {@code now}; returns how many reminders were queued. */
    @Transactional
    public int runPass(Instant now) {
        for (long slotId : store.slotsWithExpiredHolds(now, BATCH)) {
            store.lockSlot(slotId);
            store.releaseExpiredHolds(slotId, now);
        }
        LocalDate tomorrow = LocalDate.ofInstant(now, ITALY).plusDays(1);
        List<Row> due = store.dueReminders(tomorrow.atStartOfDay(), tomorrow.plusDays(1).atStartOfDay(), BATCH);
        for (Row row : due) {
            bookings.notify(row.id(), AppointmentNotices.Event.REMINDER, now);
            store.markReminded(row.id(), now);
        }
        return due.size();
    }
}
