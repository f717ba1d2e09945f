package it.cassetto.delegation.internal;

import static it.cassetto.shared.pdf.TaggedPdf.escape;

import it.cassetto.delegation.internal.DelegationStore.DelegationRow;
import it.cassetto.delegation.internal.DelegationStore.Firm;
import it.cassetto.delegation.internal.DelegationStore.PositionFacts;
import it.cassetto.notification.Notification;
import it.cassetto.shared.pdf.TaggedPdf;
import it.cassetto.shared.security.CallerIdentity;
import it.cassetto.shared.security.DelegationScope;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The texts the delegation life cycle sends or prints, in Italian (their readers are Italian entities and
 * intermediaries): the PEC with the one-time code, the notice of a revocation, and the delegation form.
 */
@ApplicationScoped
public class DelegationMessages {

    static final ZoneId ITALY = ZoneId.of("Europe/Rome");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'alle' HH:mm");

    /** Subject of the PEC that carries the code, as circolare 34/2023 words it. */
    public static String codeMailSubject(String positionIdent) {
        return "Comunicazione inserimento richiesta nuova delega per la posizione " + positionIdent;
    }

    /** How a position is named in messages: its matricola, else the holder's fiscal code. */
    public static String ident(PositionFacts position) {
        return position.matricola() != null ? position.matricola() : position.holderFiscalCode();
    }

    public Notification codeMail(long delegationId, String code, Instant expires, PositionFacts position, Firm firm,
                                 CallerIdentity intermediary, DelegationScope scope, LocalDate from, LocalDate to) {
        String body = "Gentile " + position.holderName() + ",\n\n"
                + "negli archivi dell'Istituto è stato rilevato l'inserimento di una richiesta di delega a operare"
                + " per la posizione contributiva " + ident(position) + " da parte dell'intermediario "
                + intermediary.displayName() + " (codice fiscale " + intermediary.fiscalCode() + "), studio "
                + firm.name() + ".\n\n"
                + "Ambito: " + scopeText(scope) + "\n"
                + "Validità: dal " + DATE.format(from) + " al " + DATE.format(to) + "\n"
                + "Numero richiesta: " + delegationId + "\n\n"
                + "Se ha sottoscritto la delega, comunichi all'intermediario il seguente codice OTP, necessario per"
                + " attivarla:\n\n"
                + "    Codice OTP: " + OneTimeCode.display(code) + "\n\n"
                + "Il codice vale fino al " + DATE_TIME.format(expires.atZone(ITALY)) + " e una sola volta; dopo "
                + OneTimeCode.MAX_FAILED_TRIES + " tentativi errati la richiesta viene bloccata.\n"
                + "Se non ha sottoscritto alcuna delega, non comunichi il codice: la richiesta scadrà senza effetti.\n"
                + "Può vedere e revocare in ogni momento le deleghe sulle Sue posizioni nel Cassetto previdenziale,"
                + " pagina \"Deleghe sulle mie posizioni\".\n\n"
                + "Cassetto previdenziale - messaggio automatico, non rispondere.";
        return Notification.email("delegation:" + delegationId + ":code", position.pec(),
                codeMailSubject(ident(position)), body);
    }

    public Notification revokedByEmployerMail(long delegationId, Firm firm, PositionFacts position) {
        String body = "Gentile " + firm.name() + ",\n\n"
                + "il delegante " + position.holderName() + " ha revocato la delega a operare per la posizione "
                + "contributiva " + ident(position) + " (delega n. " + delegationId + "). Da ora la posizione non è"
                + " più accessibile allo studio né ai collaboratori subdelegati.\n\n"
                + "Cassetto previdenziale - messaggio automatico, non rispondere.";
        return Notification.email("delegation:" + delegationId + ":revoked-by-employer", firm.email(),
                "Revoca della delega per la posizione " + ident(position), body);
    }

    public byte[] delegationForm(DelegationRow row, Instant requestedAt, PositionFacts position, Firm firm,
                                 CallerIdentity intermediary) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("delegationId", Long.toString(row.id()));
        values.put("positionIdent", escape(ident(position)));
        values.put("holderName", escape(position.holderName()));
        values.put("holderFiscalCode", escape(position.holderFiscalCode()));
        values.put("officeName", escape(position.officeName()));
        values.put("firmName", escape(firm.name()));
        values.put("firmFiscalCode", escape(firm.fiscalCode()));
        values.put("intermediaryName", escape(intermediary.displayName()));
        values.put("intermediaryFiscalCode", escape(row.intermediaryFiscalCode()));
        values.put("scope", escape(scopeText(row.scope())));
        values.put("validFrom", DATE.format(row.validFrom()));
        values.put("validTo", row.validTo() == null ? "revoca" : DATE.format(row.validTo()));
        values.put("requestedAt", requestedAt == null ? "" : DATE_TIME.format(requestedAt.atZone(ITALY)));
        return TaggedPdf.renderTemplate(DelegationMessages.class, "/it/cassetto/delegation/delegation-form.xhtml",
                values);
    }

    /** A PEC address shown only in part: {@code tr****@pec.it}. */
    public static String mask(String address) {
        int at = address.indexOf('@');
        if (at <= 0) {
            return "****";
        }
        String local = address.substring(0, at);
        return local.substring(0, Math.min(2, local.length())) + "****" + address.substring(at);
    }

    static String scopeText(DelegationScope scope) {
        return scope == DelegationScope.READ_ONLY ? "sola consultazione"
                : "consultazione e invio (richieste, appuntamenti)";
    }
}
