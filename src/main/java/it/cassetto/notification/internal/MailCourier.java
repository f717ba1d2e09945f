package it.cassetto.notification.internal;

import it.cassetto.notification.Notification;
import it.cassetto.notification.NotificationAttachment;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

/**
 * Sends e-mail (and PEC, which is e-mail to a certified mailbox) over SMTP with Jakarta Mail. The Message-ID
 * is derived from the outbox row, so a message sent twice after a crash is recognisably the same one.
 */
public class MailCourier implements Courier {

    private final Session session;
    private final InternetAddress from;

    public MailCourier(String host, int port, String from) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "15000");
        properties.put("mail.smtp.writetimeout", "15000");
        this.session = Session.getInstance(properties);
        try {
            this.from = new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("invalid sender address " + from, e);
        }
    }

    @Override
    public void deliver(OutboxMessage message) throws DeliveryException {
        Notification notification = message.notification();
        InternetAddress to;
        try {
            to = new InternetAddress(notification.recipient(), true);
        } catch (AddressException e) {
            throw new DeliveryException("invalid address " + notification.recipient(), true, e);
        }
        try {
            MimeMessage mime = new StableIdMessage(session, "<outbox-" + message.id() + "@cassetto>");
            mime.setFrom(from);
            mime.setRecipient(Message.RecipientType.TO, to);
            mime.setSubject(notification.subject(), StandardCharsets.UTF_8.name());
            mime.setSentDate(Date.from(Instant.now()));
            if (notification.attachments().isEmpty()) {
                mime.setText(notification.body(), StandardCharsets.UTF_8.name());
            } else {
                MimeMultipart multipart = new MimeMultipart();
                MimeBodyPart text = new MimeBodyPart();
                text.setText(notification.body(), StandardCharsets.UTF_8.name());
                multipart.addBodyPart(text);
                for (NotificationAttachment attachment : notification.attachments()) {
                    MimeBodyPart part = new MimeBodyPart();
                    part.setDataHandler(new DataHandler(
                            new ByteArrayDataSource(attachment.content(), attachment.contentType())));
                    part.setFileName(attachment.fileName());
                    part.setDisposition(MimeBodyPart.ATTACHMENT);
                    multipart.addBodyPart(part);
                }
                mime.setContent(multipart);
            }
            Transport.send(mime);
        } catch (SendFailedException e) {
            boolean rejectedAddress = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
            throw new DeliveryException("SMTP refused the message: " + e.getMessage(), rejectedAddress, e);
        } catch (MessagingException e) {
            throw new DeliveryException("SMTP unavailable: " + e.getMessage(), false, e);
        }
    }

    /** A MIME message whose Message-ID is the one given, not a fresh random one. */
    private static final class StableIdMessage extends MimeMessage {
        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
