package it.cassetto.appointment;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of an appointment: held while the user confirms (HOLD), prenotato (BOOKED), confermato by the
 * office (CONFIRMED), annullato (CANCELLED), svolto (DONE), non presentato (NO_SHOW), or a hold that was
 * never confirmed (EXPIRED). HOLD, BOOKED and CONFIRMED take a place in their slot.
 */
public enum AppointmentStatus {
    HOLD, BOOKED, CONFIRMED, CANCELLED, DONE, NO_SHOW, EXPIRED;

    /** The statuses that take a place in a slot and block a second booking on the same request. */
    public static final Set<AppointmentStatus> LIVE = EnumSet.of(HOLD, BOOKED, CONFIRMED);

    public boolean isLive() {
        return LIVE.contains(this);
    }

    /** Booked or confirmed: the user expects to come. */
    public boolean isExpected() {
        return this == BOOKED || this == CONFIRMED;
    }

    public String labelKey() {
        return "appointment.status." + name();
    }
}
