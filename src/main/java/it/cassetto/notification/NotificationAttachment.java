package it.cassetto.notification;

import java.util.Objects;

/** A file attached to an e-mail notification (a receipt, an ICS calendar entry). */
public record NotificationAttachment(String fileName, String contentType, byte[] content) {

    /** Attachments live in the outbox row until delivered: keep them small. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    public NotificationAttachment {
        if (fileName == null || fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")) {
            throw new IllegalArgumentException("a plain file name is required");
        }
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException("attachment larger than " + MAX_BYTES + " bytes");
        }
    }
}
