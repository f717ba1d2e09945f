package it.cassetto.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import it.cassetto.appointment.AppointmentService;
import it.cassetto.position.Section;
import it.cassetto.request.RequestListItem;
import it.cassetto.request.RequestService;
import it.cassetto.shared.value.PeriodRange;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
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
        assertThat(ItalianFormats.dateInItaly(Instant.parse("2026-03-02T23:30:00Z"))).as("already the 3rd in Rome")
                .isEqualTo("03/03/2026");
        assertThat(ItalianFormats.minuteInItaly(Instant.parse("2026-07-10T16:45:00Z"))).as("summer time")
                .isEqualTo("10/07/2026 18:45");
        assertThat(ItalianFormats.span(LocalDateTime.of(2026, 12, 1, 9, 0), LocalDateTime.of(2026, 12, 1, 9, 30)))
                .isEqualTo("01/12/2026 09:00-09:30");
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
    void theRequests_showProtocolSubjectDatesStatusAndOutcome_thenHowManyAreOpenClosedAndOverdue() {
        body.requests("s-requests", source.requests());
        String html = out.toString();
        assertThat(html).contains("<h2 id=\"s-requests\">Richieste aperte e recenti</h2>")
                .contains("<th scope=\"col\">Protocollo</th><th scope=\"col\">Oggetto</th>"
                        + "<th scope=\"col\">Aperta il</th><th scope=\"col\">Scadenza</th>"
                        + "<th scope=\"col\">Stato</th><th scope=\"col\">Esito</th>"
                        + "<th scope=\"col\">Ultimo aggiornamento</th>")
                .contains("<tr><td class=\"nowrap\">INPS.7001.2026.0000001</td>"
                        + "<td>CREDITO - Avvisi di addebito (AVA)</td><td class=\"nowrap\">03/03/2026</td>"
                        + "<td class=\"nowrap\">17/03/2026</td><td class=\"nowrap\">Chiusa</td>"
                        + "<td class=\"nowrap\">Non accolta</td><td class=\"nowrap\">10/03/2026 17:45</td></tr>")
                .contains(">03/11/2026 (scaduta)</td><td class=\"nowrap\">Aperta</td><td class=\"nowrap\"></td>")
                .contains(">In carico</td>")
                .contains("Note di rettifica &lt;UniEmens&gt;")
                .contains("Totale righe</th><td class=\"num\">3</td>")
                .contains("Richieste aperte o in carico</th><td class=\"num\">2</td>")
                .contains("Richieste chiuse</th><td class=\"num\">1</td>")
                .contains("Richieste scadute senza risposta</th><td class=\"num\">1</td>")
                .doesNotContain("richieste più recenti")
                .endsWith("</tbody></table></section>");
    }

    @Test
    void noRequests_saySo_andTotalZero() {
        body.requests("s-requests", List.of());
        assertThat(out.toString())
                .contains("<td colspan=\"7\">Nessuna richiesta aperta e nessuna richiesta chiusa nell&#39;ultimo anno.</td>")
                .contains("Totale righe</th><td class=\"num\">0</td>")
                .contains("Richieste scadute senza risposta</th><td class=\"num\">0</td>");
    }

    @Test
    void requestsAsManyAsTheServiceCap_sayThatOnlyTheMostRecentAreListed() {
        RequestListItem one = source.requests().get(1);
        body.requests("s-requests", Collections.nCopies(RequestService.DOSSIER_CAP, one));
        assertThat(out.toString()).contains("Sono riportate solo le " + RequestService.DOSSIER_CAP
                + " richieste più recenti.").contains("Richieste aperte o in carico</th><td class=\"num\">"
                + RequestService.DOSSIER_CAP + "</td>");
    }

    @Test
    void theAppointments_showWhenWhereRequestTopicAndStatus_thenHowManyInEachState() {
        body.appointments("s-appointments", source.appointments());
        String html = out.toString();
        assertThat(html).contains("<h2 id=\"s-appointments\">Appuntamenti</h2>")
                .contains("<th scope=\"col\">Data e ora</th><th scope=\"col\">Sede</th>"
                        + "<th scope=\"col\">Richiesta</th><th scope=\"col\">Argomento</th>"
                        + "<th scope=\"col\">Stato</th>")
                .contains("<tr><td class=\"nowrap\">01/12/2026 09:00-09:30</td><td>Roma Centro</td>"
                        + "<td class=\"nowrap\">INPS.7001.2026.0000002</td><td>Rimborsi</td><td>Prenotato</td></tr>")
                .contains(">09/03/2026 11:30-12:00</td>").contains("<td>Svolto</td>")
                .contains("Totale righe</th><td class=\"num\">2</td>")
                .contains("Appuntamenti prenotati o confermati</th><td class=\"num\">1</td>")
                .contains("Appuntamenti svolti</th><td class=\"num\">1</td>")
                .contains("Appuntamenti annullati</th><td class=\"num\">0</td>")
                .contains("Appuntamenti senza presentazione</th><td class=\"num\">0</td>")
                .doesNotContain("appuntamenti più recenti")
                .endsWith("</tbody></table></section>");
    }

    @Test
    void noAppointments_saySo_andAFullListSaysItIsCapped() {
        body.appointments("s-appointments", List.of());
        assertThat(out.toString()).contains("<td colspan=\"5\">Nessun appuntamento prenotato per questa posizione.</td>")
                .contains("Totale righe</th><td class=\"num\">0</td>");
        body.appointments("s-appointments", Collections.nCopies(AppointmentService.DOSSIER_CAP,
                source.appointments().get(0)));
        assertThat(out.toString()).contains("Sono riportati solo i " + AppointmentService.DOSSIER_CAP
                + " appuntamenti più recenti.");
    }

    @Test
    void thePartsOfTheDocument_areWellFormedXhtml_inItalian_withCoverContentsAndFooter() throws Exception {
        DossierDocument.Cover cover = new DossierDocument.Cover(source.position(), "Giulia Bianchi",
                ZonedDateTime.of(2026, 11, 23, 15, 4, 5, 0, ZoneId.of("Europe/Rome")), PeriodRange.ANY);
        body.masterData("s-master-data", source.masterData());
        section(Section.PAYMENTS);
        body.delegations("s-delegations", source.delegations());
        body.requests("s-requests", source.requests());
        body.appointments("s-appointments", source.appointments());
        body.requests("s-requests-none", List.of());
        body.appointments("s-appointments-none", List.of());
        StringWriter sections = new StringWriter();
        DossierDocument.writePart(sections, ITALIAN, cover, "ab".repeat(32), new StringReader(out.toString()));
        StringWriter front = new StringWriter();
        DossierDocument.writePart(front, ITALIAN, cover, "ab".repeat(32), new StringReader(DossierDocument.front(
                ITALIAN, cover, List.of(new DossierDocument.TocEntry("s-payments", "Versamenti", 3)), "ab".repeat(32))));
        for (String xhtml : List.of(sections.toString(), front.toString())) {
            assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8))).getDocumentElement()
                    .getAttribute("lang")).isEqualTo("it");
            assertThat(xhtml)
                    .contains("<title>Fascicolo aziendale 7001000005 - Trattoria &quot;Da Enzo&quot; &amp; &lt;Figli&gt;</title>")
                    .contains("content: \"Posizione 7001000005 - Impronta SHA-256 del contenuto " + "ab".repeat(32) + "\"")
                    .doesNotContain("{{");
        }
        assertThat(front.toString()).contains("<li><a href=\"cassetto-section:s-payments\"><span data-page=\"3\">Versamenti</span></a></li>")
                .contains("23/11/2026 ore 15:04:05 (ora italiana)");
        assertThat(sections.toString()).contains("Deleghe in vigore").contains("Studio Bianchi")
                .contains("Senza scadenza").contains("Richieste aperte e recenti").contains("Appuntamenti");
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
