package it.cassetto.demo.internal;

import it.cassetto.demo.DemoFacts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.DayOfWeek;
import java.time.MonthDay;
import java.util.Set;

/**
 * The demo data of the Comunicazione bidirezionale, after the positions: the offices' local holidays
 * (patron saints) and heads, a few requests on the demo users' positions in every status (one closed
 * "non accolta" on Panificio Esposito, delegated to intermediario, for the appointments' journey; one
 * overdue on Trattoria Da Enzo, so a reminder can be tried) and two messages from the institute.
 */
public final class DemoRequests {

    private static final ZoneId ITALY = ZoneId.of("Europe/Rome");
    /** Patron saints of the demo offices' cities: office id, month, day, description. */
    private static final Object[][] PATRONS = {
            {1L, 6, 29, "Santi Pietro e Paolo (Roma)"}, {2L, 12, 7, "Sant'Ambrogio (Milano)"},
            {3L, 9, 19, "San Gennaro (Napoli)"}, {4L, 6, 24, "San Giovanni Battista (Torino)"},
            {5L, 6, 24, "San Giovanni Battista (Firenze)"}, {6L, 10, 4, "San Petronio (Bologna)"},
            {7L, 12, 6, "San Nicola (Bari)"}, {8L, 7, 15, "Santa Rosalia (Palermo)"},
            {9L, 4, 25, "San Marco (Venezia)"}, {10L, 6, 24, "San Giovanni Battista (Genova)"},
            {11L, 5, 4, "San Ciriaco (Ancona)"}, {12L, 10, 30, "San Saturnino (Cagliari)"},
            {13L, 10, 10, "San Cetteo (Pescara)"}, {14L, 11, 3, "San Giusto (Trieste)"},
            {15L, 10, 16, "San Vitaliano (Catanzaro)"}};

    private DemoRequests() {
    }

    public static void insert(Connection connection, Instant now) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            try (PreparedStatement holiday = connection.prepareStatement("INSERT INTO local_holiday (office_id,"
                    + " holiday_month, holiday_day, description) VALUES (?, ?, ?, ?)");
                 PreparedStatement head = connection.prepareStatement("INSERT INTO office_head (office_id, username,"
                         + " name, email) SELECT ?, NULL, ?, ? FROM office WHERE id = ?")) {
                for (Object[] patron : PATRONS) {
                    holiday.setLong(1, (Long) patron[0]);
                    holiday.setInt(2, (Integer) patron[1]);
                    holiday.setInt(3, (Integer) patron[2]);
                    holiday.setString(4, (String) patron[3]);
                    holiday.addBatch();
                    head.setLong(1, (Long) patron[0]);
                    head.setString(2, "Responsabile Agenzia flussi contributivi");
                    head.setString(3, "responsabile.sede" + patron[0] + "@inps.example.it");
                    head.setLong(4, (Long) patron[0]);
                    head.addBatch();
                }
                holiday.executeBatch();
                head.executeBatch();
            }
            request(connection, now, 1, DemoFacts.PANIFICIO_ESPOSITO, "CREDITO.AVA", 20,
                    "Chiedo l'annullamento dell'avviso di addebito del trimestre scorso: i contributi risultano"
                            + " versati con F24 del 16 del mese.", "CLOSED", "REJECTED",
                    "Il versamento indicato non copre l'intero importo dell'avviso: l'avviso resta dovuto.");
            request(connection, now, 2, DemoFacts.TRATTORIA_DA_ENZO, "UNIEMENS.NOTE_RETTIFICA", 16,
                    "La nota di rettifica di due mesi fa sembra calcolata su un imponibile errato: chiedo verifica.",
                    "OPEN", null, null);
            request(connection, now, 3, DemoFacts.FERRAMENTA_COLOMBO, "VERSAMENTI.RIMBORSI", 3,
                    "Chiedo il rimborso del credito esposto nella denuncia di gennaio.", "IN_CHARGE", null,
                    "Inviare copia del modello F24 e della denuncia di gennaio.");
            request(connection, now, 4, DemoFacts.ROSSI_COSTRUZIONI, "POSIZIONE.INQUADRAMENTO", 30,
                    "Chiedo la verifica dell'inquadramento dopo l'ampliamento dell'attività.", "CLOSED", "ACCEPTED",
                    "Inquadramento aggiornato dal primo del mese.");
            request(connection, now, 5, DemoFacts.COMUNE_TIVOLI_1, "DURC.DURC", 2,
                    "Chiedo chiarimenti sull'esito del DURC richiesto la settimana scorsa.", "OPEN", null, null);
            request(connection, now, 6, DemoFacts.TIPOGRAFIA_MORETTI, "DENUNCE.EMENS", 5,
                    "Segnalo uno scarto nella denuncia Emens del mese scorso.", "OPEN", null, null);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT SETVAL(request_protocol_seq, 1000)");
            }
            message(connection, now, DemoFacts.TRATTORIA_DA_ENZO, 4, "Irregolarità nella denuncia UniEmens",
                    "Nella denuncia del mese scorso risultano giornate retribuite superiori ai giorni del mese per"
                            + " due lavoratori. Si invita a rettificare la denuncia.");
            message(connection, now, DemoFacts.ROSSI_COSTRUZIONI, 9, "Versamento parziale",
                    "Il versamento F24 del mese scorso copre solo in parte i contributi dovuti.");
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void request(Connection connection, Instant now, int number, long positionId, String subjectCode,
                                int daysAgo, String body, String status, String outcome, String officeText)
            throws SQLException {
        Instant openedAt = now.minus(daysAgo, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        LocalDate openedOn = LocalDate.ofInstant(openedAt, ITALY);
        long officeId;
        String officeCode;
        String kind;
        try (PreparedStatement position = connection.prepareStatement("SELECT p.office_id, o.code, p.kind"
                + " FROM contribution_position p JOIN office o ON o.id = p.office_id WHERE p.id = ?")) {
            position.setLong(1, positionId);
            try (ResultSet rs = position.executeQuery()) {
                rs.next();
                officeId = rs.getLong(1);
                officeCode = rs.getString(2);
                kind = rs.getString(3);
            }
        }
        LocalDate dueOn = tenWorkingDaysAfter(openedOn);
        boolean closed = "CLOSED".equals(status);
        Instant takenAt = openedAt.plus(1, ChronoUnit.DAYS);
        Instant closedAt = openedAt.plus(Math.min(daysAgo - 1, 8), ChronoUnit.DAYS);
        Instant updatedAt = closed ? closedAt : "IN_CHARGE".equals(status) ? takenAt : openedAt;
        String operator = officeId == DemoFacts.OFFICE_MILANO ? "operatore2" : "operatore";
        String operatorName = officeId == DemoFacts.OFFICE_MILANO ? "Luca Greco" : "Anna Romano";
        String[] sender = positionId == DemoFacts.ROSSI_COSTRUZIONI ? new String[] {"datore", "Mario Rossi"}
                : positionId == DemoFacts.COMUNE_TIVOLI_1 ? new String[] {"dipendente.ente", "Lucia Ferrari"}
                : new String[] {"intermediario", "Giulia Bianchi"};
        String protocol = "INPS." + officeCode + "." + openedOn.getYear() + "." + String.format("%07d", number);
        long requestId;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO service_request (protocol,"
                + " position_id, office_id, contributor_id, position_identifier, holder_name, subject_id, subject_code,"
                + " class_code, status,"
                + " is_open, awaiting_user, outcome, body, email, mobile_phone, consent_email, consent_sms, opened_by,"
                + " opened_by_name, opened_at, opened_on, due_on, queue_due, updated_at, updated_on, handled_by,"
                + " handled_by_name, closed_at)"
                + " SELECT ?, p.id, p.office_id, p.contributor_id, COALESCE(p.matricola, CONCAT(p.holder_fiscal_code,"
                + " IF(p.progressivo IS NULL, '', CONCAT('/', p.progressivo)))), p.holder_name,"
                + " (SELECT s.id FROM request_subject s WHERE s.position_kind = ? AND s.code = ? ORDER BY s.tree_version"
                + " DESC LIMIT 1), ?, SUBSTRING_INDEX(?, '.', 1), ?, ?, ?, ?, ?, ?, NULL, 1, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
                + " FROM contribution_position p WHERE p.id = ?", Statement.RETURN_GENERATED_KEYS)) {
            int i = 1;
            insert.setString(i++, protocol);
            insert.setString(i++, kind);
            insert.setString(i++, subjectCode);
            insert.setString(i++, subjectCode);
            insert.setString(i++, subjectCode);
            insert.setString(i++, status);
            insert.setBoolean(i++, !closed);
            insert.setBoolean(i++, "IN_CHARGE".equals(status) && officeText != null);
            insert.setString(i++, outcome);
            insert.setString(i++, body);
            insert.setString(i++, sender[0].replace('.', '-') + "@example.it");
            insert.setString(i++, sender[0]);
            insert.setString(i++, sender[1]);
            insert.setTimestamp(i++, utc(openedAt));
            insert.setObject(i++, openedOn);
            insert.setObject(i++, dueOn);
            insert.setObject(i++, dueOn);
            insert.setTimestamp(i++, utc(updatedAt));
            insert.setObject(i++, LocalDate.ofInstant(updatedAt, ITALY));
            boolean handled = !"OPEN".equals(status);
            insert.setString(i++, handled ? operator : null);
            insert.setString(i++, handled ? operatorName : null);
            insert.setTimestamp(i++, closed ? utc(closedAt) : null);
            insert.setLong(i, positionId);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                requestId = keys.getLong(1);
            }
        }
        event(connection, requestId, openedAt, "OPENED", sender[0], sender[1], false, "OPEN", null, null);
        if (!"OPEN".equals(status)) {
            event(connection, requestId, takenAt, "TAKEN_IN_CHARGE", operator, operatorName, true, "IN_CHARGE", null,
                    null);
        }
        if ("IN_CHARGE".equals(status) && officeText != null) {
            event(connection, requestId, takenAt.plusSeconds(600), "DOCUMENTS_ASKED", operator, operatorName, true,
                    "IN_CHARGE", null, officeText);
        }
        if (closed) {
            event(connection, requestId, closedAt, "CLOSED", operator, operatorName, true, "CLOSED", outcome,
                    officeText);
        }
    }

    /** Fixed-date national holidays; the demo ignores Easter Monday and local holidays (the service does not). */
    private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(1, 6), MonthDay.of(4, 25),
            MonthDay.of(5, 1), MonthDay.of(6, 2), MonthDay.of(8, 15), MonthDay.of(11, 1), MonthDay.of(12, 8),
            MonthDay.of(12, 25), MonthDay.of(12, 26));

    static LocalDate tenWorkingDaysAfter(LocalDate day) {
        LocalDate date = day;
        for (int counted = 0; counted < 10; ) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !FIXED_HOLIDAYS.contains(MonthDay.from(date))) {
                counted++;
            }
        }
        return date;
    }

    private static void event(Connection connection, long requestId, Instant at, String kind, String username,
                              String name, boolean office, String statusAfter, String outcome, String body)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO request_event (request_id,"
                + " occurred_at, kind, actor_username, actor_name, office_side, status_after, outcome, body)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, requestId);
            insert.setTimestamp(2, utc(at));
            insert.setString(3, kind);
            insert.setString(4, username);
            insert.setString(5, name);
            insert.setBoolean(6, office);
            insert.setString(7, statusAfter);
            insert.setString(8, outcome);
            insert.setString(9, body);
            insert.executeUpdate();
        }
    }

    private static void message(Connection connection, Instant now, long positionId, int daysAgo, String title,
                                String body) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO institute_message (position_id,"
                + " sent_at, title, body) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, positionId);
            insert.setTimestamp(2, utc(now.minus(daysAgo, ChronoUnit.DAYS)));
            insert.setString(3, title);
            insert.setString(4, body);
            insert.executeUpdate();
        }
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
