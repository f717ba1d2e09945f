package it.cassetto.appointment;

import java.time.LocalDate;
import java.util.List;

/** The free slots of an office between two days (the booking horizon), in time order. */
public record Availability(long officeId, String officeName, LocalDate from, LocalDate to, List<FreeSlot> slots) {

    public Availability {
        slots = List.copyOf(slots);
    }
}
