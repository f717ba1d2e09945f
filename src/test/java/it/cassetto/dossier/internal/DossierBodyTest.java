package it.cassetto.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import it.cassetto.position.Section;
import it.cassetto.shared.value.PeriodRange;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class DossierBodyTest {

    static final ResourceBundle ITALIAN = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ITALIAN,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    StringWriter out = new StringWriter();
    DossierBody body = new DossierBody(out, ITALIAN);
    GeneratedDossierSource source = new GeneratedDossierSource(3);

    String section(Section section) {
        DossierAssembler.Columns columns = GeneratedDossierSource.columns(section);
        body.startSection("s-" + section.code(), ITALIAN.getString(section.labelKey()), columns.columns(),
                columns.children(), "Figli");
        source.rows(section, 2, body::rows);
        body.endSection();
        return out.toString();
    }

    @Test
    void aSection_endsWithItsRowCountAndTheSumOfEachAmountColumn_inItalianFormat() {
        String html = section(Section.DEBIT_NOTES);
        // 100,00 + 101,00 + 102,00
        assertThat(html).contains("Totale righe</th><td class=\"num\">3</td>")
                .contains("Totale Importo (€)</th><td class=\"num\">303,00</td>")
                .contains("Totale Importo pagato (€)</th><td class=\"num\">0,00</td>");
    }

    @Test
    void values_areWrittenTheItalianWay() {
        assertThat(ItalianFormats.amount(new BigDecimal("1234567.5"))).isEqualTo("1.234.567,50");
        assertThat(ItalianFormats.amount(new BigDecimal("-0.005"))).isEqualTo("0,00");
        assertThat(ItalianFormats.date(LocalDate.of(2025, 3, 7))).isEqualTo("07/03/2025");
        assertThat(ItalianFormats.period(YearMonth.of(2025, 12))).isEqualTo("12/2025");
        assertThat(ItalianFormats.integer(10_000)).isEqualTo("10.000");
        assertThat(ItalianFormats.dateTime(ZonedDateTime.of(2026, 11, 23, 15, 4, 5, 0, ZoneId.of("Europe/Rome"))))
                .isEqualTo("23/11/2026 ore 15:04:05");
        String html = section(Section.PAYMENTS);
        assertThat(html).contains("<td>16/01/2015</td>").contains("<td>01/2015</td>")
                .contains("<td class=\"num\">100,00</td>");
    }

    @Test
    void codes_areShownWithTheirItalianLabels_andChildrenUnderTheirRow() {
        String html = section(Section.AMORTISATION_PLANS);
        assertThat(html).contains("<td>In corso</td>").contains("<caption>Figli</caption>")
                .contains("<th scope=\"col\">Scadenza</th>").contains("<td>Da pagare</td>");
    }

    @Test
    void text_withMarkupCharactersAndQuotes_isEscaped() {
        String html = section(Section.PAYMENTS) + section(Section.ADJUSTMENT_NOTES);
        assertThat(html).contains("Banca d&#39;Italia &lt;Roma&gt; &amp; C.")
                .contains("Differenze &quot;contributive&quot;").doesNotContain("<Roma>");
        assertThat(Xml.escape("a\u0001b\u0000c")).isEqualTo("abc");
        assertThat(Xml.cssString("x\"y\\z")).isEqualTo("x\\\"y\\\\z");
    }

    @Test
    void anEmptySection_saysSo_andTotalsZero() {
        DossierAssembler.Columns columns = GeneratedDossierSource.columns(Section.ECA_DEBIT_NOTES);
        body.startSection("s-eca", "ECA", columns.columns(), columns.children(), "");
        body.endSection();
        assertThat(out.toString()).contains("Nessun elemento.").contains("Totale Contributi (€)</th><td class=\"num\">0,00");
    }

    @Test
    void thePartsOfTheDocument_areWellFormedXhtml_inItalian_withCoverContentsAndFooter() throws Exception {
        DossierDocument.Cover cover = new DossierDocument.Cover(source.position(), "Giulia Bianchi",
                ZonedDateTime.of(2026, 11, 23, 15, 4, 5, 0, ZoneId.of("Europe/Rome")), PeriodRange.ANY);
        body.masterData("s-master-data", source.masterData());
        section(Section.PAYMENTS);
        body.delegations("s-delegations", source.delegations());
        StringWriter sections = new StringWriter();
        DossierDocument.writePart(sections, ITALIAN, cover, "ab".repeat(32), 42, new StringReader(out.toString()));
        StringWriter front = new StringWriter();
        DossierDocument.writePart(front, ITALIAN, cover, "ab".repeat(32), 42, new StringReader(DossierDocument.front(
                ITALIAN, cover, List.of(new DossierDocument.TocEntry("s-payments", "Versamenti", 3)), "ab".repeat(32))));
        for (String xhtml : List.of(sections.toString(), front.toString())) {
            assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8))).getDocumentElement()
                    .getAttribute("lang")).isEqualTo("it");
            assertThat(xhtml)
                    .contains("<title>Fascicolo aziendale 7001000005 - Trattoria &quot;Da Enzo&quot; &amp; &lt;Figli&gt;</title>")
                    .contains("content: \"Posizione 7001000005 - Impronta SHA-256 del contenuto " + "ab".repeat(32) + "\"")
                    .contains("\"pagina \" counter(page) \" di 42\"")
                    .doesNotContain("{{");
        }
        assertThat(front.toString()).contains("<li data-page=\"3\">Versamenti</li>")
                .contains("23/11/2026 ore 15:04:05 (ora italiana)");
        assertThat(sections.toString()).contains("Deleghe in vigore").contains("Studio Bianchi")
                .contains("Senza scadenza");
    }

    @Test
    void aTableSuspendedAtTheEndOfAPart_isResumedWithItsHeader() {
        DossierAssembler.Columns columns = GeneratedDossierSource.columns(Section.PAYMENTS);
        body.startSection("s-payments", "Versamenti", columns.columns(), columns.children(), "");
        body.suspendTable();
        int cut = out.toString().length();
        body.resumeTable();
        body.endSection();
        String resumed = out.toString().substring(cut);
        assertThat(out.toString().substring(0, cut)).endsWith("</tbody></table></section>");
        assertThat(resumed).startsWith("<section class=\"section continued\"><table class=\"rows\"><thead><tr><th")
                .doesNotContain("<h2");
    }
}
