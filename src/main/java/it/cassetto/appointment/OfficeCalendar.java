package it.cassetto.appointment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * An office's booking settings: opening hours per weekday, slot length, officers available per slot
 * (capacity), hours of notice a user needs to cancel, closed days and blocked periods.
 */
public record OfficeCalendar(long officeId, String officeName, @Min(10) @Max(240) int slotMinutes,
                             @Min(1) @Max(50) int capacity, @Min(0) @Max(240) int cancelNoticeHours,
                             @NotNull List<OpeningHours> opening, @NotNull List<ClosedDay> closedDays,
                             @NotNull List<BlockedPeriod> blockedPeriods) {

    public OfficeCalendar {
        opening = List.copyOf(opening);
        closedDays = List.copyOf(closedDays);
        blockedPeriods = List.copyOf(blockedPeriods);
    }

    /** The settings of an office that never saved its own: Monday to Friday 9:00-12:30, 30 minutes, 2 officers. */
    public static OfficeCalendar defaults(long officeId, String officeName) {
        List<OpeningHours> opening = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY).stream()
                .map(d -> new OpeningHours(d, LocalTime.of(9, 0), LocalTime.of(12, 30))).toList();
        return new OfficeCalendar(officeId, officeName, 30, 2, 24, opening, List.of(), List.of());
    }
}
