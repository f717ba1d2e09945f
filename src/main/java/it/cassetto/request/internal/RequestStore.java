package it.cassetto.request.internal;

import it.cassetto.shared.persistence.Jdbc;

import it.cassetto.request.AttachmentArchiveInfo;
import it.cassetto.request.AttachmentArchiveInfo.AttachedFile;
import it.cassetto.request.Outcome;
import it.cassetto.request.RequestEventKind;
import it.cassetto.request.RequestStatus;
import it.cassetto.request.SubjectTree;
import it.cassetto.request.TimelineEntry;
import it.cassetto.request.internal.AttachmentPolicy.CheckedFile;
import it.cassetto.shared.persistence.CassettoDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The requests' tables through plain JDBC on the container's data source (enlisted in the caller's JTA
 * transaction): positions as requests need them, subject trees, requests, timeline, archives (streamed in
 * and out of the database), office heads. Times are stored in UTC.
 */
@ApplicationScoped
public class RequestStore {

    @Resource(lookup = CassettoDataSource.JNDI_NAME)
    DataSource dataSource;

    /** What a request copies from its position. */
    public record PositionInfo(long id, String kind, long officeId, String officeCode, long contributorId,
                               String identifier, String holderName) {
    }

    /** One subject row, with its tree's kind and version. */
    public record SubjectRow(long id, String kind, int version, String code, String classCode, String classLabel,
                             String label, boolean guaranteed) {
    }

    /** A request's own columns, as the rules and notifications need them. */
    public record RequestRow(long id, String protocol, long positionId, long officeId, String identifier,
                             String holderName, String subjectCode, String subjectLabel, RequestStatus status,
                             boolean awaitingUser, Outcome outcome, LocalDate dueOn, boolean reminded,
                             String email, String mobilePhone, boolean consentEmail, boolean consentSms,
                             String body, String landline, String fax, String openedBy, String openedByName,
                             Instant openedAt, LocalDate openedOn, Instant closedAt, String handledByName) {
    }

    /** A new request's columns. */
    public record NewRow(String protocol, PositionInfo position, SubjectRow subject, String body, String email,
                         String mobilePhone, String landline, String fax, boolean consentEmail, boolean consentSms,
                         String openedBy, String openedByName, Instant openedAt, LocalDate openedOn,
                         LocalDate dueOn) {
    }

    public Optional<PositionInfo> position(long positionId) {
        return queryOne("SELECT p.id, p.kind, p.office_id, o.code, p.contributor_id, COALESCE(p.matricola,"
                        + " CONCAT(p.holder_fiscal_code, IF(p.progressivo IS NULL, '', CONCAT('/', p.progressivo)))),"
                        + " p.holder_name FROM contribution_position p JOIN office o ON o.id = p.office_id WHERE p.id = ?",
                List.of(positionId), rs -> new PositionInfo(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7)));
    }

    /** The current (highest) version of a kind's tree, in display order. */
    public List<SubjectRow> currentTree(String kind) {
        return query("SELECT " + SUBJECT_COLUMNS + " FROM request_subject WHERE position_kind = ? AND tree_version ="
                + " (SELECT MAX(tree_version) FROM request_subject WHERE position_kind = ?) ORDER BY sort_order, id"
                + " LIMIT 1000", List.of(kind, kind), RequestStore::subject);
    }

    public Optional<SubjectRow> subject(long subjectId) {
        return queryOne("SELECT " + SUBJECT_COLUMNS + " FROM request_subject WHERE id = ?", List.of(subjectId),
                RequestStore::subject);
    }

    /** Subject classes of every tree, as (code, label) for the filters; at most 200. */
    public Map<String, String> subjectClasses() {
        Map<String, String> classes = new LinkedHashMap<>();
        query("SELECT class_code, MIN(class_label) FROM request_subject GROUP BY class_code ORDER BY MIN(class_label)"
                + " LIMIT 200", List.of(), rs -> classes.put(rs.getString(1), rs.getString(2)));
        return classes;
    }

    public static SubjectTree tree(String kind, List<SubjectRow> rows) {
        Map<String, List<SubjectTree.Subject>> byClass = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        int version = 0;
        for (SubjectRow row : rows) {
            version = row.version();
            labels.putIfAbsent(row.classCode(), row.classLabel());
            byClass.computeIfAbsent(row.classCode(), c -> new ArrayList<>())
                    .add(new SubjectTree.Subject(row.id(), row.code(), row.label(), row.guaranteed()));
        }
        List<SubjectTree.SubjectClass> classes = new ArrayList<>();
        byClass.forEach((code, subjects) -> classes.add(new SubjectTree.SubjectClass(code, labels.get(code), subjects)));
        return new SubjectTree(kind, version, classes);
    }

    public long nextProtocolNumber() {
        return queryOne("SELECT NEXT VALUE FOR request_protocol_seq", List.of(), rs -> rs.getLong(1)).orElseThrow();
    }

    public long insertRequest(NewRow row) {
        return insert("INSERT INTO service_request (protocol, position_id, office_id, contributor_id,"
                        + " position_identifier, holder_name, subject_id, subject_code, class_code, status, is_open,"
                        + " awaiting_user, body, email, mobile_phone, landline, fax, consent_email, consent_sms, opened_by,"
                        + " opened_by_name, opened_at, opened_on, due_on, queue_due, updated_at, updated_on)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', 1, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                listOf(row.protocol(), row.position().id(), row.position().officeId(), row.position().contributorId(),
                        row.position().identifier(), row.position().holderName(), row.subject().id(),
                        row.subject().code(), row.subject().classCode(), row.body(),
                        row.email(), row.mobilePhone(), row.landline(), row.fax(), row.consentEmail(), row.consentSms(),
                        row.openedBy(), row.openedByName(), row.openedAt(), row.openedOn(), row.dueOn(),
                        queueDue(row.dueOn()), row.openedAt(), row.openedOn()));
    }

    /** The due date as the queue sorts it: requests without a guaranteed time last. */
    public static LocalDate queueDue(LocalDate dueOn) {
        return dueOn == null ? LocalDate.of(9999, 12, 31) : dueOn;
    }

    public long insertEvent(long requestId, Instant at, RequestEventKind kind, String actorUsername,
                            String actorName, boolean officeSide, RequestStatus statusAfter, Outcome outcome,
                            String body) {
        return insert("INSERT INTO request_event (request_id, occurred_at, kind, actor_username, actor_name,"
                        + " office_side, status_after, outcome, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                listOf(requestId, at, kind.name(), actorUsername, actorName, officeSide, statusAfter.name(),
                        outcome == null ? null : outcome.name(), body));
    }

    /** Stores the archive's bytes, streamed from its temporary file, and the list of its files. */
    public long insertArchive(long requestId, long eventId, String fileName, AttachmentArchive archive,
                              List<CheckedFile> files) {
        long archiveId;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("INSERT INTO request_archive (request_id,"
                     + " event_id, file_name, byte_size, sha256, content) VALUES (?, ?, ?, ?, ?, ?)",
                     Statement.RETURN_GENERATED_KEYS);
             InputStream content = archive.open()) {
            statement.setLong(1, requestId);
            statement.setLong(2, eventId);
            statement.setString(3, fileName);
            statement.setLong(4, archive.byteSize());
            statement.setString(5, archive.sha256());
            statement.setBinaryStream(6, content, archive.byteSize());
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                archiveId = keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the attachments of request " + requestId, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (CheckedFile file : files) {
            insert("INSERT INTO request_attachment (archive_id, stored_name, original_name, content_type, byte_size)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    listOf(archiveId, file.storedName(), file.originalName(), file.contentType(), file.byteSize()));
        }
        return archiveId;
    }

    /** The request's row, locked for update until the transaction ends. */
    public Optional<RequestRow> lock(long requestId) {
        return request(requestId, true);
    }

    public Optional<RequestRow> request(long requestId, boolean forUpdate) {
        return queryOne("SELECT r.id, r.protocol, r.position_id, r.office_id, r.position_identifier, r.holder_name,"
                        + " s.code, s.label, r.status, r.awaiting_user, r.outcome, r.due_on, r.reminded_at IS NOT NULL,"
                        + " r.email, r.mobile_phone, r.consent_email, r.consent_sms, r.body, r.landline, r.fax,"
                        + " r.opened_by, r.opened_by_name, r.opened_at, r.opened_on, r.closed_at, r.handled_by_name"
                        + " FROM service_request r JOIN request_subject s ON s.id = r.subject_id WHERE r.id = ?"
                        + (forUpdate ? " FOR UPDATE" : ""),
                List.of(requestId), rs -> new RequestRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        RequestStatus.valueOf(rs.getString(9)), rs.getBoolean(10), outcome(rs.getString(11)),
                        localDate(rs, 12), rs.getBoolean(13), rs.getString(14), rs.getString(15), rs.getBoolean(16),
                        rs.getBoolean(17), rs.getString(18), rs.getString(19), rs.getString(20), rs.getString(21),
                        rs.getString(22), instant(rs, 23), localDate(rs, 24), instant(rs, 25), rs.getString(26)));
    }

    /** Writes the new state of a request; bumps its version. */
    public void update(long requestId, RequestStatus status, boolean awaitingUser, Outcome outcome, boolean reminded,
                       Instant at, LocalDate today, String handledBy, String handledByName) {
        execute("UPDATE service_request SET status = ?, is_open = ?, awaiting_user = ?, outcome = ?,"
                        + " reminded_at = IF(? AND reminded_at IS NULL, ?, reminded_at),"
                        + " closed_at = IF(? = 'CLOSED', ?, closed_at), updated_at = ?, updated_on = ?,"
                        + " handled_by = COALESCE(?, handled_by), handled_by_name = COALESCE(?, handled_by_name),"
                        + " version = version + 1 WHERE id = ?",
                listOf(status.name(), status != RequestStatus.CLOSED, awaitingUser,
                        outcome == null ? null : outcome.name(), reminded, at, status.name(), at, at, today, handledBy,
                        handledByName, requestId));
    }

    public List<TimelineEntry> timeline(long requestId) {
        return query("SELECT id, occurred_at, kind, actor_name, office_side, status_after, outcome, body"
                        + " FROM request_event WHERE request_id = ? ORDER BY occurred_at, id LIMIT 500",
                List.of(requestId), rs -> new TimelineEntry(rs.getLong(1), instant(rs, 2),
                        RequestEventKind.valueOf(rs.getString(3)), rs.getString(4), rs.getBoolean(5),
                        RequestStatus.valueOf(rs.getString(6)), outcome(rs.getString(7)), rs.getString(8)));
    }

    public List<AttachmentArchiveInfo> archives(long requestId) {
        Map<Long, List<AttachedFile>> files = new LinkedHashMap<>();
        query("SELECT a.archive_id, a.stored_name, a.original_name, a.content_type, a.byte_size"
                        + " FROM request_attachment a JOIN request_archive x ON x.id = a.archive_id"
                        + " WHERE x.request_id = ? ORDER BY a.archive_id, a.id LIMIT 300", List.of(requestId),
                rs -> files.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new AttachedFile(
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5))));
        return query("SELECT id, event_id, file_name, byte_size FROM request_archive WHERE request_id = ?"
                        + " ORDER BY id LIMIT 100", List.of(requestId),
                rs -> new AttachmentArchiveInfo(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        files.getOrDefault(rs.getLong(1), List.of())));
    }

    /** Streams the archive's bytes to {@code out}; false when the request has no such archive. */
    public boolean writeArchive(long requestId, long archiveId, OutputStream out) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT content FROM request_archive WHERE id = ? AND request_id = ?")) {
            statement.setLong(1, archiveId);
            statement.setLong(2, requestId);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                try (InputStream in = rs.getBinaryStream(1)) {
                    in.transferTo(out);
                }
                return true;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read archive " + archiveId, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The head of the office a reminder escalates to: name and e-mail. */
    public Optional<String[]> officeHead(long officeId) {
        return queryOne("SELECT name, email FROM office_head WHERE office_id = ?", List.of(officeId),
                rs -> new String[] {rs.getString(1), rs.getString(2)});
    }

    /** Open, overdue and closed requests per office and subject class, at most 2,000 rows. */
    public List<Object[]> figures(LocalDate today) {
        return query("SELECT r.office_id, o.name, s.class_label, SUM(r.is_open), SUM(r.is_open AND r.queue_due < ?),"
                        + " SUM(NOT r.is_open) FROM service_request r JOIN request_subject s ON s.id = r.subject_id"
                        + " JOIN office o ON o.id = r.office_id GROUP BY r.office_id, o.name, s.class_label"
                        + " ORDER BY o.name, s.class_label LIMIT 2000",
                List.of(today), rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)});
    }

    /** Raw rows of a list query (see {@link RequestQueryBuilder#COLUMNS}). */
    public <T> List<T> list(Sql sql, RowMapper<T> mapper) {
        return query(sql.text(), sql.parameters(), mapper);
    }

    public long count(Sql sql) {
        return queryOne(sql.text(), sql.parameters(), rs -> rs.getLong(1)).orElse(0L);
    }

    // ---- JDBC plumbing ---------------------------------------------------------------------------------

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> extends Jdbc.RowMapper<T> {
    }

    private static final String SUBJECT_COLUMNS =
            "id, position_kind, tree_version, code, class_code, class_label, label, guaranteed";

    private static SubjectRow subject(ResultSet rs) throws SQLException {
        return new SubjectRow(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getBoolean(8));
    }

    static Outcome outcome(String value) {
        return value == null ? null : Outcome.valueOf(value);
    }

    public static Instant instant(ResultSet rs, int column) throws SQLException {
        return Jdbc.instant(rs, column);
    }

    public static LocalDate localDate(ResultSet rs, int column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    private static List<Object> listOf(Object... values) {
        List<Object> list = new ArrayList<>(values.length);
        for (Object value : values) {
            list.add(value);
        }
        return list;
    }

    private <T> List<T> query(String sql, List<Object> parameters, RowMapper<T> mapper) {
        return new Jdbc(dataSource).query(sql, parameters, mapper);
    }

    private <T> Optional<T> queryOne(String sql, List<Object> parameters, RowMapper<T> mapper) {
        return new Jdbc(dataSource).queryOne(sql, parameters, mapper);
    }

    private long insert(String sql, List<Object> parameters) {
        return new Jdbc(dataSource).insert(sql, parameters);
    }

    private void execute(String sql, List<Object> parameters) {
        new Jdbc(dataSource).update(sql, parameters);
    }

    static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        Jdbc.bind(statement, parameters);
    }
}
