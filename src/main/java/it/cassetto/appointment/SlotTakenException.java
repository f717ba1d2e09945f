package it.cassetto.appointment;

/**
 * The slot's last place was taken by someone else a moment ago: carries the office's availability read
 * after the refusal, so that the user can choose again at once.
 */
public class SlotTakenException extends AppointmentRuleException {

    private final transient Availability fresh;

    public SlotTakenException(Availability fresh) {
        super("appointment.error.slotTaken");
        this.fresh = fresh;
    }

    /** The free slots as they are now. */
    public Availability freshAvailability() {
        return fresh;
    }
}
