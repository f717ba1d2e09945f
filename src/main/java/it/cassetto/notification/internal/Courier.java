package it.cassetto.notification.internal;

/** Delivers one channel's messages: SMTP for e-mail, the HTTP gateway for SMS. */
public interface Courier {

    /**
     * Delivers the message or throws. Must be idempotent for the same outbox row: a retry after a crash
     * between delivery and bookkeeping carries the same identifiers (Message-ID, Idempotency-Key).
     */
    void deliver(OutboxMessage message) throws DeliveryException;
}
