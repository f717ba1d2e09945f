package it.cassetto.notification.internal;

/** Fired when a notification was enqueued; after the enqueuing transaction commits, the worker runs at once. */
public record OutboxWakeUp(long outboxId) {
}
