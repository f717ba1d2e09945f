package it.cassetto.appointment;

import java.time.LocalDateTime;
import java.util.Objects;

/** A period (Italian wall-clock times) in which an office offers no slot. */
public record BlockedPeriod(LocalDateTime from, LocalDateTime to, String reason) {

    public BlockedPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("a blocked period must end after it starts");
        }
        reason = reason == null || reason.isBlank() ? "-" : reason.strip();
    }

    /** Whether the period overlaps [start, end). */
    public boolean overlaps(LocalDateTime start, LocalDateTime end) {
        return from.isBefore(end) && to.isAfter(start);
    }
}
