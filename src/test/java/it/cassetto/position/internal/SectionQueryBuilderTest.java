package it.cassetto.position.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cassetto.position.Section;
import it.cassetto.position.SectionFilter;
import it.cassetto.shared.query.SortDirection;
import it.cassetto.shared.value.AmountRange;
import it.cassetto.shared.value.PeriodRange;
import jakarta.validation.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SectionQueryBuilderTest {

    static SectionQueryBuilder payments(SectionFilter filter) {
        return new SectionQueryBuilder(SectionDefinitions.of(Section.PAYMENTS), 7, filter);
    }

    @Test
    void aPageWithoutFilters_readsOnePositionSortedByTheDefaultColumnThenId() {
        SqlQuery query = payments(SectionFilter.NONE).page(null, SortDirection.DESCENDING, 0, 50);
        assertThat(query.sql()).isEqualTo("SELECT id, payment_date, channel, tax_code, competence_month, amount, bank"
                + " FROM payment WHERE position_id = ?1 ORDER BY payment_date DESC, id DESC LIMIT 50 OFFSET 0");
        assertThat(query.parameters()).containsExactly(7L);
    }

    @Test
    void filters_becomeParametersInOrder() {
        SectionFilter filter = new SectionFilter(new PeriodRange(YearMonth.of(2024, 1), YearMonth.of(2024, 12)),
                Set.of("PAID", "OPEN"), new AmountRange(new BigDecimal("100.00"), new BigDecimal("900.50")));
        SqlQuery query = new SectionQueryBuilder(SectionDefinitions.of(Section.DEBIT_NOTES), 7, filter)
                .page("amount", SortDirection.ASCENDING, 100, 50);
        assertThat(query.sql()).contains("WHERE position_id = ?1 AND competence_month >= ?2 AND competence_month <= ?3"
                        + " AND status IN (?4, ?5) AND amount >= ?6 AND amount <= ?7")
                .endsWith("ORDER BY amount ASC, id ASC LIMIT 50 OFFSET 100");
        assertThat(query.parameters()).containsExactly(7L, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 1),
                "OPEN", "PAID", new BigDecimal("100.00"), new BigDecimal("900.50"));
    }

    @Test
    void theCount_stopsAtTheCap() {
        assertThat(payments(SectionFilter.NONE).cappedCount().sql()).isEqualTo(
                "SELECT COUNT(*) FROM (SELECT 1 FROM payment WHERE position_id = ?1 LIMIT 10001) capped");
    }

    @Test
    void sortingByAnUnindexedOrUnknownColumn_isRejected() {
        assertThatThrownBy(() -> payments(SectionFilter.NONE).page("bank", SortDirection.ASCENDING, 0, 10))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> payments(SectionFilter.NONE).page("amount; DROP TABLE payment", SortDirection.ASCENDING, 0, 10))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void anUnknownStatus_orAStatusOnASectionWithoutStatuses_isRejected() {
        SectionFilter filter = new SectionFilter(PeriodRange.ANY, Set.of("WHATEVER"), AmountRange.ANY);
        assertThatThrownBy(() -> new SectionQueryBuilder(SectionDefinitions.of(Section.DEBIT_NOTES), 7, filter))
                .isInstanceOf(ValidationException.class);
        SectionFilter open = new SectionFilter(PeriodRange.ANY, Set.of("OPEN"), AmountRange.ANY);
        assertThatThrownBy(() -> payments(open)).isInstanceOf(ValidationException.class);
    }

    @ParameterizedTest
    @EnumSource(value = Section.class, names = {"SUMMARY", "MASTER_DATA"}, mode = EnumSource.Mode.EXCLUDE)
    void everyListSection_sortsByDefaultOnAnIndexedColumnAndHasPeriodAndAmount(Section section) {
        SectionDefinition definition = SectionDefinitions.of(section);
        assertThat(definition.column(definition.defaultSortKey())).hasValueSatisfying(c -> assertThat(c.sortable()).isTrue());
        assertThat(definition.column("period")).isPresent();
        assertThat(definition.column("amount")).isPresent();
        assertThat(definition.columns()).allSatisfy(c -> assertThat(c.sql()).matches("[a-z_]+"));
    }

    @Test
    void summaryAndMasterData_areNotListSections() {
        assertThatThrownBy(() -> SectionDefinitions.of(Section.SUMMARY)).isInstanceOf(IllegalArgumentException.class);
    }
}
