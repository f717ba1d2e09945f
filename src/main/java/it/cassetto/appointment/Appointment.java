package it.cassetto.appointment;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One appointment as its user and the office see it: when and where, on which request, position and
 * subject, who booked it with which phone and notes, its status, and the reason of a cancellation.
 */
public record Appointment(long id, long officeId, String officeName, LocalDateTime start, LocalDateTime end,
                          long requestId, String protocol, String subjectLabel, long positionId,
                          String positionIdentifier, String holderName, AppointmentStatus status, boolean urgent,
                          String phone, String notes, String bookedByName, Instant bookedAt, String cancelReason,
                          String changedByName, boolean mayCancel) {
}
