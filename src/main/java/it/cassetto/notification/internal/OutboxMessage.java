package it.cassetto.notification.internal;

import it.cassetto.notification.Notification;

/** A claimed outbox row: the notification, its id and the number of this attempt (1 for the first). */
public record OutboxMessage(long id, int attempt, Notification notification) {
}
