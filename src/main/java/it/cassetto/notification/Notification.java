package it.cassetto.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One message for the {@link NotificationOutbox} to deliver: an e-mail (also to a PEC address: PEC is
 * delivered over SMTP like any mail) or an SMS. The {@code dedupKey} names the business event the
 * message is about ("delegation:12:code-sent:email"); the outbox stores a key once, so enqueuing the same
 * event twice sends one message.
 *
 * @param recipient an e-mail address, or a phone number in international form for SMS
 * @param subject   the e-mail subject; ignored for SMS
 */
public record Notification(String dedupKey, Channel channel, String recipient, String subject, String body,
                           List<NotificationAttachment> attachments) {

    /** Longest dedup key the outbox stores. */
    public static final int MAX_KEY_LENGTH = 190;

    /** How a notification travels. */
    public enum Channel { EMAIL, SMS }

    public Notification {
        Objects.requireNonNull(channel, "channel");
        if (dedupKey == null || dedupKey.isBlank() || dedupKey.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("dedupKey must have 1 to " + MAX_KEY_LENGTH + " characters");
        }
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("recipient is required");
        }
        Objects.requireNonNull(body, "body");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        if (channel == Channel.SMS && !attachments.isEmpty()) {
            throw new IllegalArgumentException("an SMS has no attachments");
        }
        if (channel == Channel.EMAIL && (subject == null || subject.isBlank())) {
            throw new IllegalArgumentException("an e-mail needs a subject");
        }
    }

    public static Notification email(String dedupKey, String to, String subject, String body) {
        return new Notification(dedupKey, Channel.EMAIL, to.trim(), subject, body, List.of());
    }

    public static Notification sms(String dedupKey, String phone, String text) {
        return new Notification(dedupKey, Channel.SMS, phone.trim(), null, text, List.of());
    }

    /** This e-mail with one more attachment. */
    public Notification withAttachment(String fileName, String contentType, byte[] content) {
        List<NotificationAttachment> more = new ArrayList<>(attachments);
        more.add(new NotificationAttachment(fileName, contentType, content));
        return new Notification(dedupKey, channel, recipient, subject, body, more);
    }
}
