package it.cassetto.appointment.internal;

import it.cassetto.shared.persistence.Jdbc;

import it.cassetto.appointment.AppointmentStatus;
import it.cassetto.appointment.BlockedPeriod;
import it.cassetto.appointment.ClosedDay;
import it.cassetto.appointment.OfficeCalendar;
import it.cassetto.appointment.OfficeOption;
import it.cassetto.appointment.OpeningHours;
import it.cassetto.appointment.internal.SlotGenerator.Places;
import it.cassetto.shared.persistence.CassettoDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Time;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * The appointments' tables through plain JDBC on the container's data source (enlisted in the caller's JTA
 * transaction): offices' calendars, slot rows and their places, appointments. Slot times are Italian
 * wall-clock times; other instants are stored in UTC. Every list is capped.
 */
@ApplicationScoped
public class AppointmentStore {

    @Resource(lookup = CassettoDataSource.JNDI_NAME)
    DataSource dataSource;

    /** A slot row, locked by {@link #lockSlot}. */
    public record SlotRow(long id, int capacity, int taken) {
    }

    /** An appointment's columns, with its office's name. */
    public record Row(long id, long slotId, long officeId, String officeName, LocalDateTime start, LocalDateTime end,
                      long requestId, long positionId, String protocol, String subjectCode, String subjectLabel,
                      String positionIdentifier, String holderName, AppointmentStatus status, boolean urgent,
                      String phone, String notes, String email, String smsPhone, String ownerUsername,
                      String bookedBy, String bookedByName, Instant holdExpiresAt, Instant bookedAt,
                      String changedByName, String cancelReason, int version) {
    }

    /** A new appointment's columns. */
    public record NewRow(long slotId, long officeId, LocalDateTime start, LocalDateTime end, long requestId,
                         long positionId, String protocol, String subjectCode, String subjectLabel,
                         String positionIdentifier, String holderName, AppointmentStatus status, boolean urgent,
                         String phone, String notes, String email, String smsPhone, String ownerUsername,
                         String bookedBy, String bookedByName, Instant at, Instant holdExpiresAt) {
    }

    // ---- offices and calendars -----------------------------------------------------------------------

    public List<OfficeOption> offices() {
        return query("SELECT id, name, city FROM office ORDER BY name LIMIT 200", List.of(),
                rs -> new OfficeOption(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    public Optional<OfficeOption> office(long officeId) {
        return queryOne("SELECT id, name, city FROM office WHERE id = ?", List.of(officeId),
                rs -> new OfficeOption(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    /** The office's saved calendar, or its defaults when it never saved one; empty for an unknown office. */
    public Optional<OfficeCalendar> calendar(long officeId) {
        Optional<OfficeOption> office = office(officeId);
        if (office.isEmpty()) {
            return Optional.empty();
        }
        String name = office.get().name();
        Optional<int[]> settings = queryOne("SELECT slot_minutes, capacity, cancel_notice_hours FROM"
                + " appointment_calendar WHERE office_id = ?", List.of(officeId),
                rs -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)});
        if (settings.isEmpty()) {
            return Optional.of(OfficeCalendar.defaults(officeId, name));
        }
        List<OpeningHours> opening = query("SELECT weekday, opens_at, closes_at FROM appointment_opening"
                        + " WHERE office_id = ? ORDER BY weekday, opens_at LIMIT 100", List.of(officeId),
                rs -> new OpeningHours(DayOfWeek.of(rs.getInt(1)), rs.getTime(2).toLocalTime(),
                        rs.getTime(3).toLocalTime()));
        List<ClosedDay> closed = query("SELECT closed_on, reason FROM appointment_closed_day WHERE office_id = ?"
                        + " AND closed_on >= CURRENT_DATE - INTERVAL 30 DAY ORDER BY closed_on LIMIT 500",
                List.of(officeId), rs -> new ClosedDay(rs.getDate(1).toLocalDate(), rs.getString(2)));
        List<BlockedPeriod> blocked = query("SELECT starts_local, ends_local, reason FROM appointment_blocked_period"
                        + " WHERE office_id = ? AND ends_local >= CURRENT_DATE - INTERVAL 30 DAY ORDER BY starts_local"
                        + " LIMIT 500", List.of(officeId),
                rs -> new BlockedPeriod(rs.getTimestamp(1).toLocalDateTime(), rs.getTimestamp(2).toLocalDateTime(),
                        rs.getString(3)));
        int[] s = settings.get();
        return Optional.of(new OfficeCalendar(officeId, name, s[0], s[1], s[2], opening, closed, blocked));
    }

    /** Replaces the office's calendar; future slot rows take the new capacity, never below their taken places. */
    public void saveCalendar(OfficeCalendar calendar, Instant at, String by, LocalDateTime now) {
        long office = calendar.officeId();
        execute("INSERT INTO appointment_calendar (office_id, slot_minutes, capacity, cancel_notice_hours,"
                        + " updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
                        + " slot_minutes = VALUES(slot_minutes), capacity = VALUES(capacity),"
                        + " cancel_notice_hours = VALUES(cancel_notice_hours), updated_at = VALUES(updated_at),"
                        + " updated_by = VALUES(updated_by), version = version + 1",
                listOf(office, calendar.slotMinutes(), calendar.capacity(), calendar.cancelNoticeHours(), at, by));
        execute("DELETE FROM appointment_opening WHERE office_id = ?", List.of(office));
        for (OpeningHours hours : calendar.opening()) {
            execute("INSERT INTO appointment_opening (office_id, weekday, opens_at, closes_at) VALUES (?, ?, ?, ?)",
                    listOf(office, hours.day().getValue(), Time.valueOf(hours.opens()), Time.valueOf(hours.closes())));
        }
        execute("DELETE FROM appointment_closed_day WHERE office_id = ?", List.of(office));
        for (ClosedDay day : calendar.closedDays()) {
            execute("INSERT INTO appointment_closed_day (office_id, closed_on, reason) VALUES (?, ?, ?)",
                    listOf(office, day.day(), day.reason()));
        }
        execute("DELETE FROM appointment_blocked_period WHERE office_id = ?", List.of(office));
        for (BlockedPeriod period : calendar.blockedPeriods()) {
            execute("INSERT INTO appointment_blocked_period (office_id, starts_local, ends_local, reason)"
                    + " VALUES (?, ?, ?, ?)", listOf(office, period.from(), period.to(), period.reason()));
        }
        execute("UPDATE appointment_slot SET capacity = GREATEST(?, taken, 1) WHERE office_id = ? AND starts_local >= ?",
                listOf(calendar.capacity(), office, now));
    }

    /** The threshold of a subject in days, when it has its own. */
    public Optional<Integer> openDays(String subjectCode) {
        return queryOne("SELECT open_days FROM appointment_subject_rule WHERE subject_code = ?", List.of(subjectCode),
                rs -> rs.getInt(1));
    }

    // ---- slots ------------------------------------------------------------------------------------------

    /** The places of the office's slot rows starting in [from, to). */
    public Map<LocalDateTime, Places> places(long officeId, LocalDateTime from, LocalDateTime to) {
        Map<LocalDateTime, Places> places = new HashMap<>();
        query("SELECT starts_local, capacity, taken FROM appointment_slot WHERE office_id = ? AND starts_local >= ?"
                        + " AND starts_local < ? ORDER BY starts_local LIMIT 5000", listOf(officeId, from, to),
                rs -> places.put(rs.getTimestamp(1).toLocalDateTime(), new Places(rs.getInt(2), rs.getInt(3))));
        return places;
    }

    /**
     * The slot's row, created with {@code capacity} if it does not exist, and locked for update until the
     * transaction ends (INSERT ... ON DUPLICATE KEY UPDATE takes the exclusive lock at once, so that two
     * bookers never both hold a shared lock and wait for each other).
     */
    public SlotRow lockSlot(long officeId, LocalDateTime start, LocalDateTime end, int capacity) {
        execute("INSERT INTO appointment_slot (office_id, starts_local, ends_local, capacity, taken)"
                + " VALUES (?, ?, ?, ?, 0) ON DUPLICATE KEY UPDATE capacity = capacity",
                listOf(officeId, start, end, capacity));
        return queryOne("SELECT id, capacity, taken FROM appointment_slot WHERE office_id = ? AND starts_local = ?"
                + " FOR UPDATE", listOf(officeId, start), rs -> new SlotRow(rs.getLong(1), rs.getInt(2),
                rs.getInt(3))).orElseThrow();
    }

    /** Locks an existing slot row. */
    public SlotRow lockSlot(long slotId) {
        return queryOne("SELECT id, capacity, taken FROM appointment_slot WHERE id = ? FOR UPDATE", List.of(slotId),
                rs -> new SlotRow(rs.getLong(1), rs.getInt(2), rs.getInt(3))).orElseThrow();
    }

    /** Takes one place if one is left: the conditional update is the capacity's guard. */
    public boolean takePlace(long slotId) {
        return update("UPDATE appointment_slot SET taken = taken + 1 WHERE id = ? AND taken < capacity",
                List.of(slotId)) == 1;
    }

    public void freePlaces(long slotId, int places) {
        update("UPDATE appointment_slot SET taken = taken - ? WHERE id = ? AND taken >= ?",
                listOf(places, slotId, places));
    }

    /** Expires the holds of a locked slot that ended before {@code now} and frees their places; returns how many. */
    public int releaseExpiredHolds(long slotId, Instant now) {
        int expired = update("UPDATE appointment SET status = 'EXPIRED', active_request_id = NULL, changed_at = ?,"
                + " version = version + 1 WHERE slot_id = ? AND status = 'HOLD' AND hold_expires_at < ?",
                listOf(now, slotId, now));
        if (expired > 0) {
            freePlaces(slotId, expired);
        }
        return expired;
    }

    /** Slots with holds that have expired, at most {@code cap}. */
    public List<Long> slotsWithExpiredHolds(Instant now, int cap) {
        return query("SELECT DISTINCT slot_id FROM appointment WHERE status = 'HOLD' AND hold_expires_at < ? LIMIT ?",
                listOf(now, cap), rs -> rs.getLong(1));
    }

    // ---- appointments -------------------------------------------------------------------------------------

    /** Inserts an appointment; empty when the request already has a live one (unique active_request_id). */
    public OptionalLong insert(NewRow row) {
        try {
            return OptionalLong.of(insertOrThrow("INSERT INTO appointment (slot_id, office_id, starts_local, ends_local,"
                            + " request_id, active_request_id, position_id, protocol, subject_code, subject_label,"
                            + " position_identifier, holder_name, status, urgent, phone, notes, email, sms_phone,"
                            + " owner_username, booked_by, booked_by_name, created_at, hold_expires_at, booked_at,"
                            + " changed_at, changed_by_name)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    listOf(row.slotId(), row.officeId(), row.start(), row.end(), row.requestId(), row.requestId(),
                            row.positionId(), row.protocol(), row.subjectCode(), row.subjectLabel(),
                            row.positionIdentifier(), row.holderName(), row.status().name(), row.urgent(), row.phone(),
                            row.notes(), row.email(), row.smsPhone(), row.ownerUsername(), row.bookedBy(),
                            row.bookedByName(), row.at(), row.holdExpiresAt(),
                            row.status() == AppointmentStatus.HOLD ? null : row.at(), row.at(), row.bookedByName())));
        } catch (SQLIntegrityConstraintViolationException violation) {
            if (String.valueOf(violation.getMessage()).contains("uk_appointment_active_request")) {
                return OptionalLong.empty();
            }
            throw new IllegalStateException("Cannot insert the appointment: " + violation.getMessage(), violation);
        }
    }

    public Optional<Row> appointment(long id) {
        return queryOne(SELECT + " WHERE a.id = ?", List.of(id), AppointmentStore::row);
    }

    /**
     * The statuses of the appointments made on a request, as the booking rule counts them: a hold that has
     * expired, or that is {@code owner}'s own (a new hold replaces it), does not count.
     */
    public List<AppointmentStatus> statusesOfRequest(long requestId, String owner, Instant now) {
        return query("SELECT status FROM appointment WHERE request_id = ? AND NOT (status = 'HOLD'"
                        + " AND (hold_expires_at < ? OR owner_username = ?)) ORDER BY id LIMIT 100",
                listOf(requestId, now, owner), rs -> AppointmentStatus.valueOf(rs.getString(1)));
    }

    /** The holds on a request that a new hold by {@code owner} replaces: expired ones, and the owner's own. */
    public List<Row> replaceableHolds(long requestId, String owner, Instant now) {
        return query(SELECT + " WHERE a.request_id = ? AND a.status = 'HOLD' AND (a.hold_expires_at < ?"
                + " OR a.owner_username = ?) ORDER BY a.id LIMIT 10", listOf(requestId, now, owner),
                AppointmentStore::row);
    }

    /** The hold becomes a booking if it is still a hold of the owner that has not expired. */
    public boolean book(long id, String owner, Instant now) {
        return update("UPDATE appointment SET status = 'BOOKED', hold_expires_at = NULL, booked_at = ?, changed_at = ?,"
                + " version = version + 1 WHERE id = ? AND owner_username = ? AND status = 'HOLD' AND hold_expires_at >= ?",
                listOf(now, now, id, owner, now)) == 1;
    }

    /**
     * Moves an appointment from one of the {@code from} statuses to {@code to}; a status that is not live
     * clears active_request_id. False when it was not in one of the {@code from} statuses.
     */
    public boolean changeStatus(long id, List<AppointmentStatus> from, AppointmentStatus to, Instant at,
                                String byName, String reason) {
        String in = String.join(", ", from.stream().map(s -> "'" + s.name() + "'").toList());
        return update("UPDATE appointment SET status = ?, active_request_id = " + (to.isLive() ? "active_request_id"
                        : "NULL") + ", changed_at = ?, changed_by_name = ?, cancel_reason = COALESCE(?, cancel_reason),"
                        + " version = version + 1 WHERE id = ? AND status IN (" + in + ")",
                listOf(to.name(), at, byName, reason, id)) == 1;
    }

    /** The owner's appointments, newest first, holds and expired holds left out, at most {@code cap}. */
    public List<Row> ofOwner(String owner, int cap) {
        return query(SELECT + " WHERE a.owner_username = ? AND a.status NOT IN ('HOLD', 'EXPIRED')"
                + " ORDER BY a.starts_local DESC, a.id DESC LIMIT ?", listOf(owner, cap), AppointmentStore::row);
    }

    /** The office's appointments starting in [from, to), in time order, holds and expired holds left out. */
    public List<Row> ofOffice(long officeId, LocalDateTime from, LocalDateTime to, int cap) {
        return query(SELECT + " WHERE a.office_id = ? AND a.starts_local >= ? AND a.starts_local < ?"
                        + " AND a.status NOT IN ('HOLD', 'EXPIRED') ORDER BY a.starts_local, a.id LIMIT ?",
                listOf(officeId, from, to, cap), AppointmentStore::row);
    }

    public List<Row> ofPosition(long positionId, int cap) {
        return query(SELECT + " WHERE a.position_id = ? AND a.status NOT IN ('HOLD', 'EXPIRED')"
                + " ORDER BY a.starts_local DESC, a.id DESC LIMIT ?", listOf(positionId, cap), AppointmentStore::row);
    }

    public List<Row> ofRequest(long requestId, int cap) {
        return query(SELECT + " WHERE a.request_id = ? AND a.status NOT IN ('HOLD', 'EXPIRED')"
                + " ORDER BY a.starts_local DESC, a.id DESC LIMIT ?", listOf(requestId, cap), AppointmentStore::row);
    }

    /**
     * Booked or confirmed appointments starting in [from, to) not reminded yet, locked (SKIP LOCKED, so two
     * nodes share them), at most {@code cap}.
     */
    public List<Row> dueReminders(LocalDateTime from, LocalDateTime to, int cap) {
        return query(SELECT + " WHERE a.status IN ('BOOKED', 'CONFIRMED') AND a.starts_local >= ? AND a.starts_local < ?"
                + " AND a.reminded_at IS NULL ORDER BY a.starts_local, a.id LIMIT ? FOR UPDATE SKIP LOCKED",
                listOf(from, to, cap), AppointmentStore::row);
    }

    public void markReminded(long id, Instant at) {
        update("UPDATE appointment SET reminded_at = ? WHERE id = ?", listOf(at, id));
    }

    /** Who sent a request (the owner of an urgent appointment made by the office on it). */
    public Optional<String> requestSender(long requestId) {
        return queryOne("SELECT opened_by FROM service_request WHERE id = ?", List.of(requestId), rs -> rs.getString(1));
    }

    private static final String SELECT = "SELECT a.id, a.slot_id, a.office_id, o.name, a.starts_local, a.ends_local,"
            + " a.request_id, a.position_id, a.protocol, a.subject_code, a.subject_label, a.position_identifier,"
            + " a.holder_name, a.status, a.urgent, a.phone, a.notes, a.email, a.sms_phone, a.owner_username,"
            + " a.booked_by, a.booked_by_name, a.hold_expires_at, a.booked_at, a.changed_by_name, a.cancel_reason,"
            + " a.version FROM appointment a JOIN office o ON o.id = a.office_id";

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getTimestamp(5).toLocalDateTime(),
                rs.getTimestamp(6).toLocalDateTime(), rs.getLong(7), rs.getLong(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getString(13), AppointmentStatus.valueOf(rs.getString(14)),
                rs.getBoolean(15), rs.getString(16), rs.getString(17), rs.getString(18), rs.getString(19),
                rs.getString(20), rs.getString(21), rs.getString(22), instant(rs, 23), instant(rs, 24),
                rs.getString(25), rs.getString(26), rs.getInt(27));
    }

    // ---- JDBC plumbing -----------------------------------------------------------------------------------

    @FunctionalInterface
    interface RowMapper<T> extends Jdbc.RowMapper<T> {
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return Jdbc.instant(rs, column);
    }

    private static List<Object> listOf(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    private <T> List<T> query(String sql, List<Object> parameters, RowMapper<T> mapper) {
        return new Jdbc(dataSource).query(sql, parameters, mapper);
    }

    private <T> Optional<T> queryOne(String sql, List<Object> parameters, RowMapper<T> mapper) {
        return new Jdbc(dataSource).queryOne(sql, parameters, mapper);
    }

    private long insertOrThrow(String sql, List<Object> parameters) throws SQLIntegrityConstraintViolationException {
        return new Jdbc(dataSource).insertOrThrow(sql, parameters);
    }

    private int update(String sql, List<Object> parameters) {
        return new Jdbc(dataSource).update(sql, parameters);
    }

    private void execute(String sql, List<Object> parameters) {
        update(sql, parameters);
    }
}
