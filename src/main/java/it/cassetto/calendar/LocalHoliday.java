package it.cassetto.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * A local holiday on top of the national ones, such as the patron saint of an office's city: every year
 * on {@code day}, or only in {@code year} when it is not null. {@code officeId} null: every office.
 */
public record LocalHoliday(Long officeId, MonthDay day, Integer year, String description) {

    public LocalHoliday {
        Objects.requireNonNull(day, "day");
    }

    /** Whether this holiday falls on the date for the given office. */
    public boolean fallsOn(LocalDate date, long office) {
        return (officeId == null || officeId == office) && (year == null || year == date.getYear())
                && MonthDay.from(date).equals(day);
    }
}
