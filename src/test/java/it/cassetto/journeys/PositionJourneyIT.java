package it.cassetto.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import it.cassetto.demo.DemoFacts;
import it.cassetto.devstack.DemoUsers;
import it.cassetto.devstack.DevStack;
import it.cassetto.devstack.DevStackSessionListener;
import it.cassetto.devstack.StackSettings;
import it.cassetto.shared.pdf.VeraPdf;
import it.cassetto.testing.BrowserSession;
import it.cassetto.testing.PortalPage;
import java.net.URI;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Cassetto's navigation as the demo intermediary lives it, in real Chromium against the whole
 * stack: find a delegated position, open its payments, filter them by period, export exactly the
 * filtered rows, print its dossier; and a non-delegated position's address is refused, with the
 * refusal audited.
 */
class PositionJourneyIT {

    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("MM/yyyy");

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    private DevStack stack;
    private PortalPage portal;

    @BeforeEach
    void logInAsTheIntermediary() {
        stack = DevStackSessionListener.stack();
        portal = new PortalPage(browser.driver(), stack.settings().portalUrl());
        portal.open("").logInAs("intermediario", DemoUsers.PASSWORD).ensureLanguage("Italiano", "Esci");
    }

    @Test
    void intermediary_findsADelegatedPosition_filtersItsPayments_andExportsExactlyThem() throws Exception {
        String matricola = DemoFacts.romaMatricola(DemoFacts.TRATTORIA_DA_ENZO);
        portal.click("nav-positions", "position-search-view")
                .type("position-search-query", matricola)
                .awaitText("position-search-count", "1 posizione")
                .clickGridCell("position-search-results", matricola);
        portal.awaitText("current-position", matricola);
        assertThat(portal.text("current-position-holder")).isNotBlank();

        portal.click("section-link-payments", "section-view").awaitText("section-count", "righe");
        long unfiltered = rowCount(portal.text("section-count"));
        assertThat(unfiltered).as("the delegated position has payments").isPositive();

        YearMonth to = YearMonth.now().minusMonths(1);
        YearMonth from = to.minusMonths(5);
        portal.type("filter-period-from", PERIOD.format(from)).type("filter-period-to", PERIOD.format(to));
        portal.click("filter-apply", "section-grid");
        portal.awaitText("section-count", "righe");
        waitUntilCountChanges(unfiltered);
        long filtered = rowCount(portal.text("section-count"));
        assertThat(filtered).isPositive().isLessThan(unfiltered);

        String csv = download(portal.href("section-export"));
        List<String> lines = csv.lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines.get(0)).contains("Periodo").contains("Importo");
        List<String> rows = lines.subList(1, lines.size());
        assertThat(rows).hasSize((int) filtered);
        int periodColumn = Arrays.asList(lines.get(0).replace("\uFEFF", "").split(";")).indexOf("Periodo");
        for (String row : rows) {
            YearMonth period = YearMonth.parse(row.split(";")[periodColumn], PERIOD);
            assertThat(period).as(row).isBetween(from, to);
        }
    }

    @Test
    void intermediary_opensANonDelegatedPositionByItsAddress_isRefused_andTheRefusalIsAudited() throws Exception {
        long before = deniedAccesses("intermediario", DemoFacts.HOTEL_MARINO);
        portal.open("posizioni/" + DemoFacts.HOTEL_MARINO + "/sezioni/payments");
        assertThat(portal.showsAccessDenied()).isTrue();
        assertThat(portal.mainText()).contains("Accesso negato").doesNotContain("Hotel Marino");
        assertThat(portal.isShown("section-grid")).isFalse();
        assertThat(deniedAccesses("intermediario", DemoFacts.HOTEL_MARINO)).isGreaterThan(before);
    }

    @Test
    void intermediary_printsTheDossierOfADelegatedPosition_andReceivesAPdf() throws Exception {
        portal.open("posizioni/" + DemoFacts.TRATTORIA_DA_ENZO);
        portal.click("section-link-dossier", "dossier-view");
        // The PDF is written in the background while the page shows its progress, then offered for download.
        portal.click("print-dossier", "dossier-progress-text")
                .awaitText("dossier-progress-text", "Il fascicolo è pronto");
        assertThat(portal.text("download-dossier")).startsWith("Scarica fascicolo-");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(portal.href("download-dossier")))
                        .header("Cookie", portal.sessionCookie()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Fascicolo aziendale")
                    .contains(DemoFacts.romaMatricola(DemoFacts.TRATTORIA_DA_ENZO))
                    .contains("pagina 1 di " + pdf.getNumberOfPages());
        }
        // Archival and accessible as downloaded, with the demo position's real rows.
        assertThat(VeraPdf.failures(response.body(), VeraPdf.PDF_A_3U)).as("veraPDF, PDF/A-3u").isEmpty();
        assertThat(VeraPdf.failures(response.body(), VeraPdf.PDF_UA_1)).as("veraPDF, PDF/UA-1").isEmpty();
    }

    private void waitUntilCountChanges(long previous) throws InterruptedException {
        for (int i = 0; i < 40 && rowCount(portal.text("section-count")) == previous; i++) {
            Thread.sleep(250);
        }
    }

    private static long rowCount(String text) {
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    private String download(String href) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", portal.sessionCookie()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private long deniedAccesses(String username, long positionId) throws Exception {
        StackSettings settings = stack.settings();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), StackSettings.DB_USER,
                StackSettings.DB_PASSWORD);
                PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM position_access_audit"
                        + " WHERE username = ? AND position_id = ? AND outcome = 'DENIED'")) {
            statement.setString(1, username);
            statement.setLong(2, positionId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
