package it.cassetto.appointment;

import java.time.LocalDate;
import java.util.Objects;

/** A day an office takes no appointments, beyond the national and local holidays. */
public record ClosedDay(LocalDate day, String reason) {

    public ClosedDay {
        Objects.requireNonNull(day, "day");
        reason = reason == null || reason.isBlank() ? "-" : reason.strip();
    }
}
