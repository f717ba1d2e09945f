package it.cassetto.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NotificationTest {

    @Test
    void anEmailNeedsASubject_andAnSmsTakesNoAttachment() {
        assertThatThrownBy(() -> Notification.email("k", "a@example.it", " ", "body"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Notification.sms("k", "+393331234567", "text")
                .withAttachment("a.ics", "text/calendar", new byte[1]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDedupKeyIsRequiredAndBounded() {
        assertThatThrownBy(() -> Notification.email("", "a@example.it", "s", "b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Notification.email("k".repeat(Notification.MAX_KEY_LENGTH + 1), "a@example.it",
                "s", "b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void attachmentsAreKeptInOrder_andTheirNamesMustBePlain() {
        Notification n = Notification.email("k", "a@example.it", "s", "b")
                .withAttachment("uno.pdf", "application/pdf", new byte[] {1})
                .withAttachment("due.ics", "text/calendar", new byte[] {2});
        assertThat(n.attachments()).extracting(NotificationAttachment::fileName).containsExactly("uno.pdf", "due.ics");
        assertThatThrownBy(() -> n.withAttachment("../x.pdf", "application/pdf", new byte[1]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
