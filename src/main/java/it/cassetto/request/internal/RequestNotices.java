package it.cassetto.request.internal;

import it.cassetto.request.RequestEventKind;
import it.cassetto.request.internal.RequestStore.RequestRow;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The notifications of a request's events, honouring the user's consents: an e-mail when the user gave an
 * address and consented to e-mail, an SMS when a mobile phone and consent to SMS; and the reminder's
 * escalation mail to the office's head. Italian texts (the institute's language); each with a dedup key
 * unique per event and channel ("request:12:event:34:email").
 */
public final class RequestNotices {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One message to send: channel EMAIL or SMS, recipient, subject (e-mail only), text. */
    public record Notice(String dedupKey, boolean email, String recipient, String subject, String text) {
    }

    private RequestNotices() {
    }

    /** The messages to the user for an event of the request (none for events the user made). */
    public static List<Notice> forUser(RequestRow request, long eventId, RequestEventKind kind, String comment,
                                       String publicUrl) {
        String what = switch (kind) {
            case OPENED -> "è stata protocollata con il numero " + request.protocol() + " e inoltrata alla sede"
                    + " competente" + (request.dueOn() == null ? "" : "; la risposta è attesa entro il "
                    + DATE.format(request.dueOn()));
            case TAKEN_IN_CHARGE -> "è stata presa in carico dalla sede";
            case DOCUMENTS_ASKED -> "richiede documenti o chiarimenti da parte sua";
            case CLOSED -> "è stata chiusa con esito " + (request.outcome() == null ? ""
                    : switch (request.outcome()) {
                        case ACCEPTED -> "ACCOLTA";
                        case REJECTED -> "NON ACCOLTA";
                    });
            case COMMENT -> "ha un nuovo commento della sede";
            default -> null;
        };
        if (what == null) {
            return List.of();
        }
        String subject = "Richiesta " + request.protocol() + ": " + switch (kind) {
            case OPENED -> "protocollata";
            case TAKEN_IN_CHARGE -> "presa in carico";
            case DOCUMENTS_ASKED -> "documenti richiesti";
            case CLOSED -> "chiusa";
            default -> "aggiornamento";
        };
        String sentence = "La richiesta " + request.protocol() + " (" + request.subjectLabel() + ", posizione "
                + request.identifier() + ") " + what + ".";
        List<Notice> notices = new ArrayList<>();
        if (request.consentEmail() && request.email() != null) {
            String body = sentence + (comment == null || comment.isBlank() ? "" : "\n\nCommento della sede:\n" + comment)
                    + "\n\nDettaglio: " + publicUrl + "/richieste/" + request.id()
                    + "\n\nCassetto previdenziale - messaggio automatico, non rispondere.";
            notices.add(new Notice(key(request, eventId, "email"), true, request.email(), subject, body));
        }
        if (request.consentSms() && request.mobilePhone() != null) {
            notices.add(new Notice(key(request, eventId, "sms"), false, request.mobilePhone(), null, sentence));
        }
        return notices;
    }

    /** The reminder's escalation to the office's head. */
    public static Notice escalation(RequestRow request, long eventId, String headEmail, LocalDate today,
                                    String publicUrl) {
        return new Notice(key(request, eventId, "head"), true, headEmail,
                "Sollecito sulla richiesta " + request.protocol(),
                "La richiesta " + request.protocol() + " (" + request.subjectLabel() + ", posizione "
                        + request.identifier() + ", " + request.holderName() + ") doveva avere risposta entro il "
                        + (request.dueOn() == null ? "-" : DATE.format(request.dueOn())) + ".\nIl "
                        + DATE.format(today) + " l'utente ha inviato un sollecito.\n\nDettaglio: " + publicUrl
                        + "/ufficio/richieste/" + request.id());
    }

    static String key(RequestRow request, long eventId, String channel) {
        return "request:" + request.id() + ":event:" + eventId + ":" + channel;
    }
}
