package it.cassetto.appointment;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** One interval of an office's opening for appointments on a weekday (Italian wall-clock times). */
public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {

    public OpeningHours {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("an opening must close after it opens");
        }
    }
}
