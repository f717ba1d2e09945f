package it.cassetto.request;

import java.time.Instant;

/** One step of a request's timeline, stamped with who (and on which side) and when. */
public record TimelineEntry(long id, Instant at, RequestEventKind kind, String actorName, boolean officeSide,
                            RequestStatus statusAfter, Outcome outcome, String text) {
}
