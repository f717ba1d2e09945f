package it.cassetto.notification;

import it.cassetto.notification.internal.OutboxStore;
import it.cassetto.notification.internal.OutboxWakeUp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The transactional outbox through which every feature notifies people. {@link #enqueue} writes the
 * message in the caller's own transaction, so it exists exactly when the change it announces commits;
 * the {@link it.cassetto.notification.internal.OutboxWorker} delivers it afterwards, with retries and
 * backoff, so a failing SMTP server or SMS gateway neither loses a message nor blocks a user.
 * See docs/decisions/DD005-notification-outbox.md.
 */
@ApplicationScoped
public class NotificationOutbox {

    @Inject
    OutboxStore store;

    @Inject
    Event<OutboxWakeUp> wakeUp;

    Clock clock = Clock.systemUTC();

    /**
     * Stores the notification in the caller's transaction (which must exist). The same dedup key twice
     * is stored once. Returns the outbox id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long enqueue(Notification notification) {
        long id = store.insertIfAbsent(notification, Instant.now(clock));
        wakeUp.fire(new OutboxWakeUp(id));
        return id;
    }

    /** The delivery status of one outbox row, empty when there is no such row. */
    @Transactional
    public Optional<NotificationStatus> statusOf(long id) {
        return store.statusOf(id);
    }
}
