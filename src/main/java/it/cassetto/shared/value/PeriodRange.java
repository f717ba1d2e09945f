package it.cassetto.shared.value;

import java.time.YearMonth;

/**
 * A range of contribution periods (months of competence), either end open. Periods are stored as the
 * first day of their month.
 */
public record PeriodRange(YearMonth from, YearMonth to) {

    public static final PeriodRange ANY = new PeriodRange(null, null);

    public PeriodRange {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("Period range from " + from + " after " + to);
        }
    }

    public boolean contains(YearMonth period) {
        return (from == null || !period.isBefore(from)) && (to == null || !period.isAfter(to));
    }
}
