package it.cassetto.request;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The time facts of one request, for the booking rules of appointments: when it was opened, its due date
 * (null without a guaranteed time), status, outcome, when it was closed, its subject code and its age in
 * working days today.
 */
public record RequestDeadline(long requestId, long positionId, String subjectCode, RequestStatus status,
                              Outcome outcome, Instant openedAt, LocalDate dueDate, Instant closedAt,
                              int ageWorkingDays, boolean overdue) {
}
