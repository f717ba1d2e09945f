package it.cassetto.appointment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import it.cassetto.appointment.BlockedPeriod;
import it.cassetto.appointment.ClosedDay;
import it.cassetto.appointment.FreeSlot;
import it.cassetto.appointment.OfficeCalendar;
import it.cassetto.appointment.OpeningHours;
import it.cassetto.appointment.internal.SlotGenerator.Places;
import it.cassetto.appointment.internal.SlotGenerator.Slot;
import it.cassetto.calendar.LocalHoliday;
import it.cassetto.calendar.WorkingDays;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlotGeneratorTest {

    private static final long ROMA = 1;
    private static final LocalDateTime LONG_AGO = LocalDateTime.of(2000, 1, 1, 0, 0);

    private static OfficeCalendar calendar(int slotMinutes, int capacity, List<ClosedDay> closed,
                                           List<BlockedPeriod> blocked) {
        List<OpeningHours> opening = List.of(
                new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0)),
                new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(10, 0)),
                new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(14, 30), LocalTime.of(15, 30)),
                new OpeningHours(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(10, 0)),
                new OpeningHours(DayOfWeek.THURSDAY, LocalTime.of(9, 0), LocalTime.of(10, 0)),
                new OpeningHours(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(10, 0)),
                new OpeningHours(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(10, 0)));
        return new OfficeCalendar(ROMA, "Roma Centro", slotMinutes, capacity, 24, opening, closed, blocked);
    }

    private static List<LocalDateTime> starts(List<Slot> slots) {
        return slots.stream().map(Slot::start).toList();
    }

    @Test
    void everyWholeSlotOfEachOpeningIsOffered_andAPartialOneIsNot() {
        // Tuesday 13 October 2026: 9:00-10:00 and 14:30-15:30 in slots of 25 minutes
        LocalDate tuesday = LocalDate.of(2026, 10, 13);
        List<Slot> slots = SlotGenerator.slots(calendar(25, 2, List.of(), List.of()), WorkingDays.national(),
                tuesday, tuesday, LONG_AGO);
        assertThat(starts(slots)).containsExactly(tuesday.atTime(9, 0), tuesday.atTime(9, 25),
                tuesday.atTime(14, 30), tuesday.atTime(14, 55));
        assertThat(slots.get(0).end()).isEqualTo(tuesday.atTime(9, 25));
    }

    @Test
    void weekendsAndNationalHolidays_haveNoSlots_evenWhenOpeningHoursSaySaturday() {
        // 24 December 2026 is a Thursday, 25 and 26 national holidays, 27 Sunday, 28 Monday
        List<Slot> slots = SlotGenerator.slots(calendar(30, 1, List.of(), List.of()), WorkingDays.national(),
                LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 28), LONG_AGO);
        assertThat(slots).extracting(s -> s.start().toLocalDate()).containsOnly(LocalDate.of(2026, 12, 24),
                LocalDate.of(2026, 12, 28));
        // 2 June (Festa della Repubblica, a Tuesday in 2026)
        assertThat(SlotGenerator.slots(calendar(30, 1, List.of(), List.of()), WorkingDays.national(),
                LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 2), LONG_AGO)).isEmpty();
    }

    @Test
    void theOfficesLocalHoliday_andItsClosedDays_haveNoSlots() {
        WorkingDays roma = new WorkingDays(ROMA, List.of(new LocalHoliday(ROMA, MonthDay.of(6, 29), null,
                "Santi Pietro e Paolo")));
        OfficeCalendar closedOnWednesday = calendar(30, 1, List.of(new ClosedDay(LocalDate.of(2026, 7, 1),
                "Assemblea")), List.of());
        // Monday 29 June (patron saint), Tuesday 30 June open, Wednesday 1 July closed
        List<Slot> slots = SlotGenerator.slots(closedOnWednesday, roma, LocalDate.of(2026, 6, 29),
                LocalDate.of(2026, 7, 1), LONG_AGO);
        assertThat(slots).extracting(s -> s.start().toLocalDate()).containsOnly(LocalDate.of(2026, 6, 30));
        // the same Monday is a working day for Milano
        WorkingDays milano = new WorkingDays(2, List.of(new LocalHoliday(ROMA, MonthDay.of(6, 29), null,
                "Santi Pietro e Paolo")));
        assertThat(SlotGenerator.slots(closedOnWednesday, milano, LocalDate.of(2026, 6, 29),
                LocalDate.of(2026, 6, 29), LONG_AGO)).hasSize(2);
    }

    @Test
    void slotsOverlappingABlockedPeriod_orStartingBeforeNow_areLeftOut() {
        LocalDate monday = LocalDate.of(2026, 10, 12);
        OfficeCalendar blocked = calendar(15, 1, List.of(), List.of(new BlockedPeriod(monday.atTime(9, 20),
                monday.atTime(9, 40), "Formazione")));
        assertThat(starts(SlotGenerator.slots(blocked, WorkingDays.national(), monday, monday, LONG_AGO)))
                .containsExactly(monday.atTime(9, 0), monday.atTime(9, 45));
        assertThat(starts(SlotGenerator.slots(calendar(15, 1, List.of(), List.of()), WorkingDays.national(), monday,
                monday, monday.atTime(9, 10)))).containsExactly(monday.atTime(9, 15), monday.atTime(9, 30),
                monday.atTime(9, 45));
    }

    @Test
    void freePlacesAreTheCapacityLessTheTakenOnes_andAFullSlotIsNotOffered() {
        LocalDate monday = LocalDate.of(2026, 10, 12);
        List<Slot> slots = SlotGenerator.slots(calendar(20, 3, List.of(), List.of()), WorkingDays.national(), monday,
                monday, LONG_AGO);
        List<FreeSlot> free = SlotGenerator.free(ROMA, slots, 3, Map.of(
                monday.atTime(9, 0), new Places(3, 3),
                monday.atTime(9, 20), new Places(3, 1)));
        assertThat(free).extracting(FreeSlot::start, FreeSlot::free).containsExactly(
                org.assertj.core.groups.Tuple.tuple(monday.atTime(9, 20), 2),
                org.assertj.core.groups.Tuple.tuple(monday.atTime(9, 40), 3));
    }

    @Test
    void aSlotRowKeepsItsOwnCapacity_whenTheCalendarsChanged() {
        LocalDate monday = LocalDate.of(2026, 10, 12);
        List<Slot> slots = SlotGenerator.slots(calendar(60, 1, List.of(), List.of()), WorkingDays.national(), monday,
                monday, LONG_AGO);
        assertThat(SlotGenerator.free(ROMA, slots, 1, Map.of(monday.atTime(9, 0), new Places(4, 2))))
                .extracting(FreeSlot::free).containsExactly(2);
    }
}
