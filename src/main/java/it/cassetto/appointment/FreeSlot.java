package it.cassetto.appointment;

import java.time.LocalDateTime;

/** A slot of an office with at least one free place: start and end (Italian wall-clock time), places left. */
public record FreeSlot(long officeId, LocalDateTime start, LocalDateTime end, int free) {
}
