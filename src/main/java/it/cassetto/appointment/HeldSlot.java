package it.cassetto.appointment;

import java.time.Instant;

/** A place held for the caller while they confirm: the appointment's id, the slot, and when the hold ends. */
public record HeldSlot(long appointmentId, FreeSlot slot, Instant expiresAt) {
}
