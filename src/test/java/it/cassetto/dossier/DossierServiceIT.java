package it.cassetto.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cassetto.demo.DemoDataGenerator;
import it.cassetto.demo.DemoDataLoader;
import it.cassetto.demo.DemoFacts;
import it.cassetto.shared.persistence.CassettoDataSource;
import it.cassetto.shared.security.AccessDeniedException;
import it.cassetto.shared.security.Role;
import it.cassetto.testing.Deployments;
import it.cassetto.testing.TestCaller;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.File;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The company dossier print on the real stack with the default demo data: the PDF of a delegated position
 * read back with PDFBox, the print audit and the check of a copy, and the guard's refusal.
 */
@ExtendWith(ArquillianExtension.class)
class DossierServiceIT {

    @Deployment
    static WebArchive deployment() {
        File[] pdf = Maven.resolver().loadPomFromFile("pom.xml").resolve("io.github.openhtmltopdf:openhtmltopdf-pdfbox")
                .withTransitivity().asFile();
        return Deployments.kernel("dossier")
                .addPackages(false, "it.cassetto.dossier", "it.cassetto.dossier.internal",
                        "it.cassetto.position", "it.cassetto.position.internal",
                        "it.cassetto.demo", "it.cassetto.demo.internal")
                .addClasses(PdfFacts.class)
                .addAsResource("vaadin-i18n/translations.properties")
                .addAsResource("vaadin-i18n/translations_en.properties")
                // By file: the class path's it/cassetto/dossier is the test classes' folder first.
                .addAsResource(new File("src/main/resources/it/cassetto/dossier"), "it/cassetto/dossier")
                .addAsLibraries(pdf);
    }

    @Inject
    TestCaller caller;

    @Inject
    DossierService dossiers;

    @Resource(lookup = CassettoDataSource.JNDI_NAME)
    DataSource dataSource;

    @BeforeEach
    void loadTheDemoDataOnce() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            DemoDataLoader.loadSmallIfEmpty(connection, DemoDataGenerator.DEFAULT_SEED);
        }
    }

    @Test
    void intermediario_printsTheDossierOfADelegatedPosition_asATaggedItalianPdfA_withEverySection() throws Exception {
        caller.actAs("intermediario", DemoFacts.INTERMEDIARIO, Role.INTERMEDIARY);
        List<DossierProgress> progress = new ArrayList<>();
        PrintedDossier printed = dossiers.print(DemoFacts.TRATTORIA_DA_ENZO, DossierOptions.ALL, progress::add);
        try {
            PdfFacts pdf = PdfFacts.read(printed.file());
            assertThat(pdf.pages()).isEqualTo(printed.pageCount()).isGreaterThanOrEqualTo(3);
            for (String heading : List.of("Fascicolo aziendale", "Indice", "Anagrafica e inquadramento",
                    "Versamenti F24 e Banca d'Italia", "Note di rettifica", "Piani di ammortamento",
                    "DMA e UniEmens ListaPosPA", "Note di debito", "Note di debito ECA", "Deleghe in vigore")) {
                assertThat(pdf.text()).contains(heading);
            }
            assertThat(pdf.pageTexts().get(1)).contains("Indice")
                    .containsPattern("Anagrafica e inquadramento[ .]*3")
                    .containsPattern("Deleghe in vigore[ .]*\\d+");
            assertThat(pdf.text()).contains("Totale righe").contains("intermediario")
                    .contains("Stampato da").contains("(ora italiana)");
            for (int page = 1; page <= pdf.pages(); page++) {
                assertThat(pdf.pageTexts().get(page - 1)).contains("pagina " + page + " di " + pdf.pages())
                        .contains(printed.contentSha256());
            }
            assertThat(pdf.pdfaPart()).isEqualTo(3);
            assertThat(pdf.pdfaConformance()).isEqualTo("U");
            assertThat(pdf.language()).isEqualTo("it");
            assertThat(pdf.marked()).isTrue();
            assertThat(pdf.hasStructureTree()).isTrue();
            assertThat(pdf.allFontsEmbedded()).isTrue();

            byte[] bytes = Files.readAllBytes(printed.file());
            assertThat(printed.byteSize()).isEqualTo(bytes.length);
            assertThat(printed.fileSha256())
                    .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            assertThat(printed.fileName()).startsWith("fascicolo-").endsWith(".pdf");
            assertThat(progress.get(progress.size() - 1).stage()).isEqualTo(DossierProgress.Stage.DONE);

            assertThat(count("SELECT COUNT(*) FROM dossier_print_audit WHERE username = 'intermediario'"
                    + " AND position_id = 5 AND page_count = " + printed.pageCount() + " AND byte_size = "
                    + printed.byteSize() + " AND content_sha256 = '" + printed.contentSha256()
                    + "' AND file_sha256 = '" + printed.fileSha256() + "'")).isEqualTo(1);
            assertThat(dossiers.findPrints(printed.contentSha256())).singleElement()
                    .satisfies(print -> {
                        assertThat(print.positionId()).isEqualTo(DemoFacts.TRATTORIA_DA_ENZO);
                        assertThat(print.printedBy()).isEqualTo("intermediario");
                        assertThat(print.pageCount()).isEqualTo(printed.pageCount());
                    });
            assertThat(dossiers.findPrints(printed.fileSha256().toUpperCase())).hasSize(1);

            caller.actAs("datore", DemoFacts.DATORE, Role.EMPLOYER);
            assertThat(dossiers.findPrints(printed.contentSha256())).as("not the employer's position").isEmpty();
        } finally {
            printed.delete();
        }
    }

    @Test
    void aStartedPrint_isWrittenOnTheManagedExecutor_audited_andOnlyItsOwnerMayFetchIt() throws Exception {
        caller.actAs("intermediario", DemoFacts.INTERMEDIARIO, Role.INTERMEDIARY);
        DossierPrintJob started = dossiers.start(DemoFacts.TRATTORIA_DA_ENZO, DossierOptions.ALL);
        DossierPrintJob job = started;
        for (int i = 0; i < 600 && !job.finished(); i++) {
            Thread.sleep(100);
            job = dossiers.job(started.id()).orElseThrow();
        }
        assertThat(job.ready()).as("ready within a minute: %s", job).isTrue();
        PrintedDossier printed = dossiers.result(started.id());
        PdfFacts pdf = PdfFacts.read(printed.file());
        assertThat(pdf.pages()).isEqualTo(job.pageCount()).isEqualTo(printed.pageCount());
        assertThat(pdf.text()).contains("Fascicolo aziendale").contains("Deleghe in vigore");
        assertThat(pdf.pdfaPart()).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM dossier_print_audit WHERE username = 'intermediario'"
                + " AND position_id = 5 AND content_sha256 = '" + printed.contentSha256() + "'")).isEqualTo(1);

        caller.actAs("collaboratore", DemoFacts.COLLABORATORE, Role.INTERMEDIARY_STAFF);
        assertThatThrownBy(() -> dossiers.result(started.id())).as("sub-delegated to position 5, not the print's owner")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dossiers.job(started.id())).isInstanceOf(AccessDeniedException.class);

        caller.actAs("intermediario", DemoFacts.INTERMEDIARIO, Role.INTERMEDIARY);
        dossiers.discard(started.id());
        assertThat(printed.file()).doesNotExist();
        assertThat(dossiers.job(started.id())).isEmpty();
    }

    @Test
    void intermediario_startingAPrintOfAPositionDelegatedToAnotherFirm_isDenied_andNothingIsQueued() {
        caller.actAs("intermediario", DemoFacts.INTERMEDIARIO, Role.INTERMEDIARY);
        assertThatThrownBy(() -> dossiers.start(DemoFacts.HOTEL_MARINO, DossierOptions.ALL))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPeriodRange_limitsThePeriodicalSections_andIsShownOnTheCover() {
        caller.actAs("intermediario", DemoFacts.INTERMEDIARIO, Role.INTERMEDIARY);
        YearMonth from = YearMonth.now(ZoneId.of("Europe/Rome")).minusMonths(11);
        PrintedDossier all = dossiers.print(DemoFacts.TRATTORIA_DA_ENZO, DossierOptions.ALL, null);
        PrintedDossier lastYear = dossiers.print(DemoFacts.TRATTORIA_DA_ENZO, DossierOptions.periods(from, null),
                ProgressListener.NONE);
        try {
            assertThat(PdfFacts.read(lastYear.file()).text()).contains("Periodi compresi")
                    .contains(String.format("dal %02d/%d", from.getMonthValue(), from.getYear()));
            assertThat(lastYear.pageCount()).isLessThanOrEqualTo(all.pageCount());
            assertThat(lastYear.contentSha256()).isNotEqualTo(all.contentSha256());
        } finally {
            all.delete();
            lastYear.delete();
        }
    }

    @Test
    void intermediario_printingAPositionDelegatedToAnotherFirm_isDenied_andAudited() throws Exception {
        caller.actAs("intermediario", DemoFacts.INTERMEDIARIO, Role.INTERMEDIARY);
        String denied = "SELECT COUNT(*) FROM position_access_audit WHERE username = 'intermediario'"
                + " AND position_id = " + DemoFacts.HOTEL_MARINO + " AND section = 'dossier' AND outcome = 'DENIED'";
        String printedRows = "SELECT COUNT(*) FROM dossier_print_audit WHERE position_id = " + DemoFacts.HOTEL_MARINO;
        long before = count(denied);
        long printsBefore = count(printedRows);
        assertThatThrownBy(() -> dossiers.print(DemoFacts.HOTEL_MARINO, DossierOptions.ALL, ProgressListener.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(count(denied)).isEqualTo(before + 1);
        assertThat(count(printedRows)).isEqualTo(printsBefore);
    }

    private long count(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
