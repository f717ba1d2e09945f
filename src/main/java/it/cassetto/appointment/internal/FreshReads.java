package it.cassetto.appointment.internal;

import it.cassetto.appointment.internal.SlotGenerator.Places;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * Reads the slots' places in a transaction of its own: a booker refused the last place reads the availability
 * as committed now, not as its own transaction's snapshot (REPEATABLE READ) saw it before the winner committed.
 */
@ApplicationScoped
public class FreshReads {

    @Inject
    AppointmentStore store;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<LocalDateTime, Places> places(long officeId, LocalDateTime from, LocalDateTime to) {
        return store.places(officeId, from, to);
    }
}
