package it.cassetto.notification.internal;

/**
 * A delivery attempt failed. {@code permanent} when trying again cannot help (an address the SMTP server
 * or the gateway rejects as invalid); otherwise the outbox retries with backoff.
 */
public class DeliveryException extends Exception {

    private final boolean permanent;

    public DeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean isPermanent() {
        return permanent;
    }
}
