package it.cassetto.position;

import it.cassetto.shared.value.AmountRange;
import it.cassetto.shared.value.PeriodRange;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * Filters of a section list: range of periods of competence, statuses (codes from
 * {@link PositionSectionService#statuses(Section)}; empty means all) and range of amounts.
 */
public record SectionFilter(@NotNull PeriodRange period, @NotNull @Size(max = 10) Set<String> statuses,
                            @NotNull AmountRange amount) {

    public static final SectionFilter NONE = new SectionFilter(PeriodRange.ANY, Set.of(), AmountRange.ANY);

    public SectionFilter {
        period = period == null ? PeriodRange.ANY : period;
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        amount = amount == null ? AmountRange.ANY : amount;
    }
}
