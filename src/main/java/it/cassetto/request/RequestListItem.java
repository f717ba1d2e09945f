package it.cassetto.request;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of "Lista richieste" or of an office queue: protocol, position, subject, status and outcome,
 * dates, due date (null without a guaranteed time), whether it is overdue, its age in working days, whether
 * the user sent a reminder, whether the office waits for the user's documents, and who handles it.
 */
public record RequestListItem(long id, String protocol, long positionId, String positionIdentifier,
                              String holderName, long officeId, String subjectCode, String subjectClass,
                              String subjectLabel, RequestStatus status, Outcome outcome, boolean awaitingUser,
                              Instant openedAt, LocalDate dueOn, Instant updatedAt, boolean overdue,
                              int ageWorkingDays, boolean reminded, String handledByName) {
}
