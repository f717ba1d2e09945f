package it.cassetto.request.internal;

import it.cassetto.notification.Notification;
import it.cassetto.notification.NotificationOutbox;
import it.cassetto.request.internal.RequestNotices.Notice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Hands request notices to the notification outbox, in the caller's transaction: e-mails as they are,
 * SMS to the mobile phone in international form (Italian numbers without a prefix get +39).
 */
@ApplicationScoped
public class OutboxNoticeSink implements NoticeSink {

    @Inject
    NotificationOutbox outbox;

    @Override
    public void enqueue(Notice notice) {
        outbox.enqueue(notice.email()
                ? Notification.email(notice.dedupKey(), notice.recipient(), notice.subject(), notice.text())
                : Notification.sms(notice.dedupKey(), internationalPhone(notice.recipient()), notice.text()));
    }

    static String internationalPhone(String phone) {
        String digits = phone.replace(" ", "");
        if (digits.startsWith("+")) {
            return digits;
        }
        if (digits.startsWith("00")) {
            return "+" + digits.substring(2);
        }
        return "+39" + digits;
    }
}
