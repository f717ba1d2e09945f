package it.cassetto.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItalianCsvTest {

    @Test
    void amountsDatesAndPeriods_areWrittenTheItalianWay() {
        assertThat(ItalianCsv.format(new BigDecimal("1234567.5"))).isEqualTo("1.234.567,50");
        assertThat(ItalianCsv.format(new BigDecimal("-12.345"))).isEqualTo("-12,34");
        assertThat(ItalianCsv.format(LocalDate.of(2026, 3, 5))).isEqualTo("05/03/2026");
        assertThat(ItalianCsv.format(YearMonth.of(2025, 11))).isEqualTo("11/2025");
        assertThat(ItalianCsv.format(null)).isEmpty();
    }

    @Test
    void cellsAreSeparatedBySemicolonsAndQuotedWhenNeeded() {
        StringWriter out = new StringWriter();
        new ItalianCsv(out).row(List.of("a;b", "say \"hi\"", "1.234,56", ""));
        assertThat(out).hasToString("\"a;b\";\"say \"\"hi\"\"\";1.234,56;\r\n");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormula_isDefused() {
        assertThat(ItalianCsv.quote("=HYPERLINK(\"x\")")).startsWith("\"'=");
        assertThat(ItalianCsv.quote("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ItalianCsv.quote("-1.234,56")).isEqualTo("-1.234,56");
    }
}
