package it.cassetto.calendar;

import it.cassetto.shared.persistence.CassettoDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The working-day calendar of the institute's offices, for answer deadlines (requests) and booking rules
 * (appointments): national holidays plus the local holidays in table {@code local_holiday}, which are
 * re-read at most every five minutes. Holds no personal data, so any caller may use it.
 */
@ApplicationScoped
public class WorkingDayCalendar {

    /** The days are Italian calendar days. */
    public static final ZoneId ITALY = ZoneId.of("Europe/Rome");
    private static final Duration REFRESH = Duration.ofMinutes(5);

    @Resource(lookup = CassettoDataSource.JNDI_NAME)
    DataSource dataSource;

    Clock clock = Clock.systemUTC();

    private volatile List<LocalHoliday> cached;
    private volatile Instant readAt = Instant.EPOCH;

    /** The working days of the office. */
    public WorkingDays of(long officeId) {
        return new WorkingDays(officeId, localHolidays());
    }

    /** Today in Italy. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ITALY);
    }

    /** The Italian calendar day of an instant. */
    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ITALY);
    }

    /** Forgets the cached local holidays, after they were changed. */
    public void refresh() {
        readAt = Instant.EPOCH;
    }

    List<LocalHoliday> localHolidays() {
        Instant now = clock.instant();
        List<LocalHoliday> holidays = cached;
        if (holidays == null || readAt.plus(REFRESH).isBefore(now)) {
            holidays = read();
            cached = holidays;
            readAt = now;
        }
        return holidays;
    }

    private List<LocalHoliday> read() {
        List<LocalHoliday> holidays = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT office_id, holiday_month, holiday_day,"
                     + " holiday_year, description FROM local_holiday ORDER BY id LIMIT 10000");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                long office = rows.getLong(1);
                Long officeId = rows.wasNull() ? null : office;
                int year = rows.getInt(4);
                holidays.add(new LocalHoliday(officeId, MonthDay.of(rows.getInt(2), rows.getInt(3)),
                        rows.wasNull() ? null : year, rows.getString(5)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the local holidays", e);
        }
        return List.copyOf(holidays);
    }
}
