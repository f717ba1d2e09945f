package it.cassetto.notification;

/** Where a notification is in its delivery. */
public enum NotificationStatus {
    /** Waiting for its first or next attempt. */
    PENDING,
    /** Claimed by a worker that is delivering it now. */
    SENDING,
    /** Accepted by the SMTP server or the SMS gateway. */
    SENT,
    /** Given up after the last attempt; kept with its error for the operators. */
    FAILED
}
