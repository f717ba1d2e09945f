package it.cassetto.appointment.internal;

import it.cassetto.appointment.BlockedPeriod;
import it.cassetto.appointment.ClosedDay;
import it.cassetto.appointment.FreeSlot;
import it.cassetto.appointment.OfficeCalendar;
import it.cassetto.appointment.OpeningHours;
import it.cassetto.calendar.WorkingDays;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The slots an office offers between two days, as a pure function of its calendar: on its working days
 * (no weekend, national or local holiday) that are not closed days, every whole slot of each opening
 * interval, except those overlapping a blocked period or starting before {@code notBefore}; then the free
 * places of each, from the capacity and the places the slot rows say are taken.
 */
public final class SlotGenerator {

    /** A slot of the calendar, free or not. */
    public record Slot(LocalDateTime start, LocalDateTime end) {
    }

    /** How many places a slot row holds and how many are taken. */
    public record Places(int capacity, int taken) {
    }

    private SlotGenerator() {
    }

    public static List<Slot> slots(OfficeCalendar calendar, WorkingDays days, LocalDate from, LocalDate to,
                                   LocalDateTime notBefore) {
        Set<LocalDate> closed = calendar.closedDays().stream().map(ClosedDay::day).collect(Collectors.toSet());
        List<OpeningHours> opening = calendar.opening().stream()
                .sorted(Comparator.comparing(OpeningHours::day).thenComparing(OpeningHours::opens)).toList();
        List<Slot> slots = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (!days.isWorkingDay(day) || closed.contains(day)) {
                continue;
            }
            for (OpeningHours hours : opening) {
                if (hours.day() != day.getDayOfWeek()) {
                    continue;
                }
                LocalDateTime start = day.atTime(hours.opens());
                LocalDateTime close = day.atTime(hours.closes());
                while (!start.plusMinutes(calendar.slotMinutes()).isAfter(close)) {
                    LocalDateTime end = start.plusMinutes(calendar.slotMinutes());
                    if (!blocked(calendar.blockedPeriods(), start, end) && !start.isBefore(notBefore)) {
                        slots.add(new Slot(start, end));
                    }
                    start = end;
                }
            }
        }
        return slots;
    }

    /** The slots with at least one free place: a slot without a row has the calendar's whole capacity. */
    public static List<FreeSlot> free(long officeId, List<Slot> slots, int capacity,
                                      Map<LocalDateTime, Places> rows) {
        List<FreeSlot> free = new ArrayList<>();
        for (Slot slot : slots) {
            Places places = rows.get(slot.start());
            int left = places == null ? capacity : places.capacity() - places.taken();
            if (left > 0) {
                free.add(new FreeSlot(officeId, slot.start(), slot.end(), left));
            }
        }
        return free;
    }

    /** Whether {@code start} begins one of the slots. */
    public static boolean isSlot(List<Slot> slots, LocalDateTime start) {
        return slots.stream().anyMatch(s -> s.start().equals(start));
    }

    private static boolean blocked(List<BlockedPeriod> periods, LocalDateTime start, LocalDateTime end) {
        return periods.stream().anyMatch(b -> b.overlaps(start, end));
    }
}
