package it.cassetto.request;

import java.time.Instant;

/** A message from the institute to a position's holder ("comunicazione irregolarità"); readAt null: unread. */
public record InstituteMessage(long id, long positionId, Instant sentAt, String title, String body, Instant readAt,
                               String readBy) {
}
