package it.cassetto.position.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class SectionFormatsTest {

    @Test
    void amountsAreShownInItalianFormat() {
        assertThat(SectionFormats.amount(new BigDecimal("1234.5"))).isEqualTo("1.234,50\u00a0€");
    }

    @Test
    void datesAreShownAsDayMonthYear() {
        assertThat(SectionFormats.date(LocalDate.of(2026, 3, 7))).isEqualTo("07/03/2026");
        assertThat(SectionFormats.date(null)).isEmpty();
    }

    @Test
    void aPeriodIsReadAsMonthAndYear() {
        assertThat(SectionFormats.parsePeriod("03/2026")).isEqualTo(YearMonth.of(2026, 3));
        assertThat(SectionFormats.parsePeriod(" 3/2026 ")).isEqualTo(YearMonth.of(2026, 3));
    }

    @Test
    void aBlankPeriodMeansNoBound() {
        assertThat(SectionFormats.parsePeriod("  ")).isNull();
        assertThat(SectionFormats.parsePeriod(null)).isNull();
    }

    @Test
    void somethingThatIsNotAPeriod_isRefused() {
        assertThatThrownBy(() -> SectionFormats.parsePeriod("13/2026")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SectionFormats.parsePeriod("2026-03")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SectionFormats.parsePeriod("03/26")).isInstanceOf(IllegalArgumentException.class);
    }
}
