package it.cassetto.appointment.internal;

import it.cassetto.appointment.internal.AppointmentStore.Row;
import it.cassetto.notification.Notification;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The messages about an appointment, in Italian (the institute's language): to the request's e-mail address
 * with the ICS calendar file, and by SMS when the request consented to it. Each carries a dedup key unique per
 * appointment, event and channel ("appointment:12:booked:email"), so a repeated event sends nothing twice.
 */
public final class AppointmentNotices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'alle' HH:mm");

    /** What happened to the appointment. */
    public enum Event {
        BOOKED("prenotato"), URGENT("fissato dalla sede"), CONFIRMED("confermato dalla sede"),
        CANCELLED_BY_USER("annullato"), CANCELLED_BY_OFFICE("annullato dalla sede"), REMINDER("promemoria");

        private final String words;

        Event(String words) {
            this.words = words;
        }
    }

    private AppointmentNotices() {
    }

    public static List<Notification> of(Row a, Event event, Instant now, String publicUrl) {
        String when = WHEN.format(a.start());
        String subject = event == Event.REMINDER ? "Promemoria: appuntamento di domani, " + when
                : "Appuntamento " + event.words + ": " + when + " (" + a.officeName() + ")";
        String about = "richiesta " + a.protocol() + " - " + a.subjectLabel() + ", posizione " + a.positionIdentifier()
                + " " + a.holderName();
        StringBuilder body = new StringBuilder();
        switch (event) {
            case BOOKED, URGENT -> body.append("Il suo appuntamento presso la sede ").append(a.officeName())
                    .append(" è fissato il ").append(when).append(" (").append(about).append(").");
            case CONFIRMED -> body.append("La sede ").append(a.officeName()).append(" ha confermato l'appuntamento del ")
                    .append(when).append(" (").append(about).append(").");
            case CANCELLED_BY_USER -> body.append("L'appuntamento del ").append(when).append(" presso la sede ")
                    .append(a.officeName()).append(" è stato annullato come richiesto (").append(about).append(").");
            case CANCELLED_BY_OFFICE -> body.append("La sede ").append(a.officeName())
                    .append(" ha annullato l'appuntamento del ").append(when).append(" (").append(about)
                    .append(").\n\nMotivo: ").append(a.cancelReason());
            case REMINDER -> body.append("Le ricordiamo l'appuntamento di domani, ").append(when)
                    .append(", presso la sede ").append(a.officeName()).append(" (").append(about).append(").");
        }
        body.append("\n\nI suoi appuntamenti: ").append(publicUrl).append("/appuntamenti")
                .append("\n\nCassetto previdenziale - messaggio automatico, non rispondere.");
        String key = "appointment:" + a.id() + ":" + event.name().toLowerCase();
        List<Notification> notices = new ArrayList<>();
        if (a.email() != null && !a.email().isBlank()) {
            Notification mail = Notification.email(key + ":email", a.email(), subject, body.toString());
            if (event != Event.REMINDER) {
                boolean cancelled = event == Event.CANCELLED_BY_USER || event == Event.CANCELLED_BY_OFFICE;
                byte[] ics = IcsCalendar.of(new IcsCalendar.Event("appointment-" + a.id() + "@cassetto",
                        a.version(), cancelled, a.start(), a.end(), "Appuntamento INPS - " + a.subjectLabel(),
                        "Sede " + a.officeName(), "Richiesta " + a.protocol() + ", posizione "
                        + a.positionIdentifier() + " " + a.holderName() + (a.notes() == null ? "" : "\n" + a.notes()),
                        now));
                mail = mail.withAttachment("appuntamento-" + a.id() + ".ics", "text/calendar; charset=UTF-8", ics);
            }
            notices.add(mail);
        }
        if (a.smsPhone() != null && !a.smsPhone().isBlank()) {
            String sms = "INPS: appuntamento " + event.words + " " + when + ", sede " + a.officeName() + ", richiesta "
                    + a.protocol() + ".";
            notices.add(Notification.sms(key + ":sms", a.smsPhone(), sms));
        }
        return notices;
    }
}
