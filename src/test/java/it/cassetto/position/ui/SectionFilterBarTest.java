package it.cassetto.position.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import it.cassetto.app.TranslationProvider;
import it.cassetto.position.SectionFilter;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The section filters in a browserless Vaadin UI (Karibu-Testing): what the user types, what the view gets. */
class SectionFilterBarTest {

    private SectionFilterBar bar;
    private final List<SectionFilter> applied = new ArrayList<>();

    @BeforeEach
    void openTheFilters() {
        System.setProperty("vaadin.i18n.provider", TranslationProvider.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.ITALIAN);
        bar = new SectionFilterBar(Set.of("OPEN", "PAID"));
        bar.addFilterChangedListener(e -> applied.add(e.filter()));
        UI.getCurrent().add(bar);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    @Test
    void aValidPeriodAndAmountRange_isApplied() {
        field("filter-period-from").setValue("01/2026");
        field("filter-period-to").setValue("6/2026");
        amount("filter-amount-min").setValue(new BigDecimal("100"));
        apply();

        assertThat(applied).hasSize(1);
        SectionFilter filter = applied.get(0);
        assertThat(filter.period().from()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(filter.period().to()).isEqualTo(YearMonth.of(2026, 6));
        assertThat(filter.amount().min()).isEqualByComparingTo("100");
        assertThat(filter.amount().max()).isNull();
    }

    @Test
    void aMalformedPeriod_isMarkedWithItsReason_andNothingIsApplied() {
        field("filter-period-from").setValue("2026-01");
        apply();

        assertThat(applied).isEmpty();
        assertThat(field("filter-period-from").isInvalid()).isTrue();
        assertThat(field("filter-period-from").getErrorMessage()).contains("MM/AAAA");
    }

    @Test
    void anEndBeforeTheStart_isMarked_andCorrectingItApplies() {
        field("filter-period-from").setValue("06/2026");
        field("filter-period-to").setValue("01/2026");
        apply();
        assertThat(applied).isEmpty();
        assertThat(field("filter-period-to").isInvalid()).isTrue();

        field("filter-period-to").setValue("12/2026");
        apply();
        assertThat(applied).hasSize(1);
        assertThat(field("filter-period-to").isInvalid()).isFalse();
    }

    @Test
    void aMinimumAboveTheMaximum_isMarked_andCorrectingItApplies() {
        amount("filter-amount-min").setValue(new BigDecimal("500"));
        amount("filter-amount-max").setValue(new BigDecimal("100"));
        apply();
        assertThat(applied).isEmpty();
        assertThat(amount("filter-amount-max").isInvalid()).isTrue();

        amount("filter-amount-max").setValue(new BigDecimal("1000"));
        apply();
        assertThat(applied).hasSize(1);
    }

    @Test
    void reset_clearsEveryFilter_andAppliesTheEmptyOne() {
        field("filter-period-from").setValue("01/2026");
        _get(bar, Button.class, spec -> spec.withId("filter-reset")).click();

        assertThat(field("filter-period-from").getValue()).isEmpty();
        assertThat(applied).containsExactly(SectionFilter.NONE);
    }

    private TextField field(String id) {
        return _get(bar, TextField.class, spec -> spec.withId(id));
    }

    private BigDecimalField amount(String id) {
        return _get(bar, BigDecimalField.class, spec -> spec.withId(id));
    }

    private void apply() {
        _get(bar, Button.class, spec -> spec.withId("filter-apply")).click();
    }
}
