package it.cassetto.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private static final long ROMA = 1;
    private static final long MILANO = 2;
    private final WorkingDays roma = new WorkingDays(ROMA, List.of(
            new LocalHoliday(ROMA, MonthDay.of(6, 29), null, "Santi Pietro e Paolo"),
            new LocalHoliday(null, MonthDay.of(3, 3), 2027, "Chiusura straordinaria di tutte le sedi")));

    @Test
    void tenWorkingDaysOverChristmasAndEpiphany_skipTheNationalHolidaysAndWeekends() {
        assertThat(WorkingDays.national().plusWorkingDays(LocalDate.of(2026, 12, 24), 10))
                .isEqualTo(LocalDate.of(2027, 1, 12));
    }

    @Test
    void easterMonday_isNotAWorkingDay() {
        assertThat(WorkingDays.national().isWorkingDay(LocalDate.of(2026, 4, 6))).isFalse();
        assertThat(WorkingDays.national().plusWorkingDays(LocalDate.of(2026, 4, 1), 3))
                .isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Test
    void saintFrancis_isANationalHolidayFrom2026() {
        assertThat(WorkingDays.national().isWorkingDay(LocalDate.of(2027, 10, 4))).isFalse();
        assertThat(WorkingDays.national().isWorkingDay(LocalDate.of(2021, 10, 4))).isTrue();
    }

    @Test
    void aLocalHoliday_countsOnlyForItsOffice() {
        LocalDate saintsPeterAndPaul = LocalDate.of(2026, 6, 29);
        assertThat(roma.isWorkingDay(saintsPeterAndPaul)).isFalse();
        assertThat(new WorkingDays(MILANO, List.of(
                new LocalHoliday(ROMA, MonthDay.of(6, 29), null, "Santi Pietro e Paolo"))).isWorkingDay(saintsPeterAndPaul))
                .isTrue();
        assertThat(roma.plusWorkingDays(LocalDate.of(2026, 6, 26), 1)).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void aOneYearLocalHoliday_countsOnlyThatYear() {
        assertThat(roma.isWorkingDay(LocalDate.of(2027, 3, 3))).isFalse();
        assertThat(roma.isWorkingDay(LocalDate.of(2026, 3, 3))).isTrue();
    }

    @Test
    void aRequestOpenedOnSaturday_isDueAsIfOpenedOnFriday() {
        assertThat(WorkingDays.national().plusWorkingDays(LocalDate.of(2026, 5, 2), 1))
                .isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(WorkingDays.national().plusWorkingDays(LocalDate.of(2026, 5, 1), 1))
                .isEqualTo(LocalDate.of(2026, 5, 4));
    }

    @Test
    void workingDaysBetween_excludesTheStartAndCountsTheEnd() {
        assertThat(WorkingDays.national().workingDaysBetween(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 8)))
                .isEqualTo(5);
        assertThat(WorkingDays.national().workingDaysBetween(LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 8)))
                .isZero();
        assertThat(WorkingDays.national().workingDaysBetween(LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 1)))
                .isZero();
    }

    @Test
    void tenWorkingDaysLater_isTenWorkingDaysApart() {
        LocalDate start = LocalDate.of(2026, 8, 10);
        LocalDate due = roma.plusWorkingDays(start, 10);
        assertThat(due).isEqualTo(LocalDate.of(2026, 8, 24));
        assertThat(roma.workingDaysBetween(start, due)).isEqualTo(10);
    }

    @Test
    void negativeDays_areRefused() {
        assertThatThrownBy(() -> roma.plusWorkingDays(LocalDate.of(2026, 1, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
