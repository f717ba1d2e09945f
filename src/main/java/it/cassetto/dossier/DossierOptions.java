package it.cassetto.dossier;

import it.cassetto.shared.value.PeriodRange;
import java.time.YearMonth;

/**
 * What a dossier print covers: the range of contribution periods that limits the periodical sections
 * (payments, notes, plans, declarations); master data and delegations in force are always printed whole.
 */
public record DossierOptions(PeriodRange period) {

    /** The whole position. */
    public static final DossierOptions ALL = new DossierOptions(PeriodRange.ANY);

    public DossierOptions {
        period = period == null ? PeriodRange.ANY : period;
    }

    /** Periods from {@code from} to {@code to} inclusive; either may be null (open). */
    public static DossierOptions periods(YearMonth from, YearMonth to) {
        return new DossierOptions(new PeriodRange(from, to));
    }
}
