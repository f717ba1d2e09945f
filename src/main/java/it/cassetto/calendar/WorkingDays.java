package it.cassetto.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The working days of one office: Monday to Friday, except the Italian national holidays (computed by
 * jollyday: New Year, Epiphany, Easter Monday, 25 April, 1 May, 2 June, 15 August, 4 October from 2026,
 * 1 November, 8, 25 and 26 December) and the office's local holidays. Immutable and thread-safe.
 */
public final class WorkingDays {

    private static final HolidayManager ITALY = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.ITALY));

    /** The national holidays per year, computed once per year (jollyday evaluates its rules each call). */
    private static final Map<Integer, Set<LocalDate>> NATIONAL = new ConcurrentHashMap<>();

    private final long officeId;
    private final List<LocalHoliday> localHolidays;

    public WorkingDays(long officeId, List<LocalHoliday> localHolidays) {
        this.officeId = officeId;
        this.localHolidays = List.copyOf(localHolidays);
    }

    /** Only the national holidays (no local ones). */
    public static WorkingDays national() {
        return new WorkingDays(0, List.of());
    }

    private static Set<LocalDate> nationalHolidays(int year) {
        return ITALY.getHolidays(Year.of(year)).stream().map(Holiday::getDate).collect(Collectors.toUnmodifiableSet());
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return false;
        }
        if (NATIONAL.computeIfAbsent(date.getYear(), WorkingDays::nationalHolidays).contains(date)) {
            return false;
        }
        for (LocalHoliday holiday : localHolidays) {
            if (holiday.fallsOn(date, officeId)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The day that is {@code days} working days after {@code start}: the first working day after start
     * counts as one, whether start itself is a working day or not (a request opened on a Saturday is due
     * as one opened on the Friday before).
     */
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate date = start;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * Working days from {@code from} (excluded) to {@code to} (included); zero when {@code to} is not after
     * {@code from}. The age of a request opened on {@code from}, seen on {@code to}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }
}
