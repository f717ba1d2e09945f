package it.cassetto.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cassetto.appointment.Appointment;
import it.cassetto.appointment.AppointmentService;
import it.cassetto.appointment.AppointmentStatus;
import it.cassetto.demo.DemoDataGenerator;
import it.cassetto.demo.DemoDataLoader;
import it.cassetto.demo.DemoFacts;
import it.cassetto.request.Outcome;
import it.cassetto.request.RequestListItem;
import it.cassetto.request.RequestService;
import it.cassetto.request.RequestStatus;
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
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * read back with PDFBox (every section, among them the requests and the appointments read through their
 * features' services), the print audit and the check of a copy, and the guard's refusal.
 */
@ExtendWith(ArquillianExtension.class)
class DossierServiceIT {

    private static final ZoneId ITALY = ZoneId.of("Europe/Rome");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The notes of the appointments this test inserts, so that it removes only its own. */
    private static final String TEST_APPOINTMENT = "DossierServiceIT";

    @Deployment
    static WebArchive deployment() {
        // The requests and appointments sections read through their features' services (and theirs: calendar).
        File[] libraries = Maven.resolver().loadPomFromFile("pom.xml")
                .resolve("io.github.openhtmltopdf:openhtmltopdf-pdfbox", "org.apache.tika:tika-core",
                        "de.focus-shift:jollyday-jackson", "com.fasterxml.jackson.dataformat:jackson-dataformat-xml")
                .withTransitivity().asFile();
        return Deployments.kernel("dossier")
                .addPackages(false, "it.cassetto.dossier", "it.cassetto.dossier.internal",
                        "it.cassetto.position", "it.cassetto.position.internal",
                        "it.cassetto.request", "it.cassetto.request.internal", "it.cassetto.calendar",
                        "it.cassetto.appointment", "it.cassetto.appointment.internal",
                        "it.cassetto.demo", "it.cassetto.demo.internal")
                .addClasses(PdfFacts.class)
                .addAsResource("vaadin-i18n/translations.properties")
                .addAsResource("vaadin-i18n/translations_en.properties")
                // By file: the class path's it/cassetto/dossier is the test classes' folder first.
                .addAsResource(new File("src/main/resources/it/cassetto/dossier"), "it/cassetto/dossier")
                .addAsLibraries(libraries);
    }

    @Inject
    TestCaller caller;

    @Inject
    DossierService dossiers;

    @Inject
    RequestService requests;

    @Inject
    AppointmentService appointments;

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
                    "DMA e UniEmens ListaPosPA", "Note di debito", "Note di debito ECA", "Deleghe in vigore",
                    "Richieste aperte e recenti", "Appuntamenti")) {
                assertThat(pdf.text()).contains(heading);
            }
            assertThat(pdf.pageTexts().get(1)).contains("Indice")
                    .containsPattern("Anagrafica e inquadramento[ .]*3")
                    .containsPattern("Deleghe in vigore[ .]*\\d+")
                    .containsPattern("Richieste aperte e recenti[ .]*\\d+")
                    .containsPattern("Appuntamenti[ .]*\\d+");
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

    @Test
    void theDossierOfPanificioEsposito_listsItsRequestClosedNonAccolta_andItsAppointments_withTotalsAndContents()
            throws Exception {
        caller.actAs("intermediario", DemoFacts.INTERMEDIARIO, Role.INTERMEDIARY);
        RequestListItem rejected = requests.openAndRecent(DemoFacts.PANIFICIO_ESPOSITO).stream()
                .filter(r -> r.outcome() == Outcome.REJECTED).findFirst()
                .orElseThrow(() -> new AssertionError("the demo request closed non accolta on position 7"));
        LocalDate today = LocalDate.now(ITALY);
        LocalDateTime done = today.minusDays(7).atTime(10, 0);
        LocalDateTime cancelled = today.minusDays(9).atTime(11, 30);
        removeTestAppointments();
        try {
            insertAppointment(rejected.id(), done, "DONE");
            insertAppointment(rejected.id(), cancelled, "CANCELLED");
            List<RequestListItem> listedRequests = requests.openAndRecent(DemoFacts.PANIFICIO_ESPOSITO);
            List<Appointment> listedAppointments = appointments.ofPosition(DemoFacts.PANIFICIO_ESPOSITO);
            PrintedDossier printed = dossiers.print(DemoFacts.PANIFICIO_ESPOSITO, DossierOptions.ALL, null);
            try {
                PdfFacts pdf = PdfFacts.read(printed.file());
                String contents = pdf.pageTexts().get(1);
                for (String section : List.of("Deleghe in vigore", "Richieste aperte e recenti", "Appuntamenti")) {
                    Matcher entry = Pattern.compile(Pattern.quote(section) + "[ .]*(\\d+)").matcher(contents);
                    assertThat(entry.find()).as(section + " in the contents").isTrue();
                    assertThat(firstPageWith(pdf, section)).as("page of " + section)
                            .isEqualTo(Integer.parseInt(entry.group(1)));
                }
                String text = pdf.text();
                assertThat(text).contains(rejected.protocol())
                        .contains(DAY.format(rejected.openedAt().atZone(ITALY)) + " " + DAY.format(rejected.dueOn())
                                + " Chiusa Non accolta")
                        .contains("Richieste aperte o in carico "
                                + listedRequests.stream().filter(r -> r.status() != RequestStatus.CLOSED).count())
                        .contains("Richieste chiuse "
                                + listedRequests.stream().filter(r -> r.status() == RequestStatus.CLOSED).count())
                        .contains("Richieste scadute senza risposta "
                                + listedRequests.stream().filter(RequestListItem::overdue).count());
                assertThat(text).contains(DAY.format(done) + " 10:00-10:30").contains("Svolto")
                        .contains(DAY.format(cancelled) + " 11:30-12:00").contains("Annullato")
                        .contains("Appuntamenti svolti " + count(listedAppointments, AppointmentStatus.DONE))
                        .contains("Appuntamenti annullati " + count(listedAppointments, AppointmentStatus.CANCELLED))
                        .doesNotContain("Nessun appuntamento prenotato per questa posizione.");
                assertThat(count(listedAppointments, AppointmentStatus.DONE)).isPositive();
                assertThat(count("SELECT COUNT(*) FROM position_access_audit WHERE username = 'intermediario'"
                        + " AND position_id = 7 AND section = 'appointments' AND outcome = 'GRANTED'")).isPositive();
            } finally {
                printed.delete();
            }
        } finally {
            removeTestAppointments();
        }
    }

    @Test
    void aPositionWithoutAppointments_saysSoInItsSection() throws Exception {
        caller.actAs("intermediario", DemoFacts.INTERMEDIARIO, Role.INTERMEDIARY);
        assertThat(appointments.ofPosition(DemoFacts.AUTOFFICINA_RICCI)).as("no demo appointment on position 8")
                .isEmpty();
        assertThat(requests.openAndRecent(DemoFacts.AUTOFFICINA_RICCI)).as("no demo request on position 8").isEmpty();
        PrintedDossier printed = dossiers.print(DemoFacts.AUTOFFICINA_RICCI, DossierOptions.ALL, null);
        try {
            assertThat(PdfFacts.read(printed.file()).text())
                    .contains("Nessuna richiesta aperta e nessuna richiesta chiusa nell'ultimo anno.")
                    .contains("Nessun appuntamento prenotato per questa posizione.")
                    .contains("Appuntamenti prenotati o confermati 0");
        } finally {
            printed.delete();
        }
    }

    private static long count(List<Appointment> listed, AppointmentStatus status) {
        return listed.stream().filter(a -> a.status() == status).count();
    }

    /** The first page after the contents whose text has the heading. */
    private static int firstPageWith(PdfFacts pdf, String heading) {
        for (int page = 3; page <= pdf.pages(); page++) {
            if (pdf.pageTexts().get(page - 1).contains(heading)) {
                return page;
            }
        }
        return -1;
    }

    /** An appointment that took place or was cancelled on the request, in a slot of its office (no place taken). */
    private void insertAppointment(long requestId, LocalDateTime start, String status) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            long slotId;
            try (PreparedStatement slot = connection.prepareStatement("INSERT INTO appointment_slot (office_id,"
                    + " starts_local, ends_local, capacity, taken) SELECT office_id, ?, ?, 2, 0 FROM service_request"
                    + " WHERE id = ?", Statement.RETURN_GENERATED_KEYS)) {
                slot.setObject(1, start);
                slot.setObject(2, start.plusMinutes(30));
                slot.setLong(3, requestId);
                slot.executeUpdate();
                try (ResultSet keys = slot.getGeneratedKeys()) {
                    keys.next();
                    slotId = keys.getLong(1);
                }
            }
            try (PreparedStatement appointment = connection.prepareStatement("INSERT INTO appointment (slot_id,"
                    + " office_id, starts_local, ends_local, request_id, position_id, protocol, subject_code,"
                    + " subject_label, position_identifier, holder_name, status, owner_username, booked_by,"
                    + " booked_by_name, created_at, booked_at, changed_at, notes)"
                    + " SELECT ?, r.office_id, ?, ?, r.id, r.position_id, r.protocol, s.code, s.label,"
                    + " r.position_identifier, r.holder_name, ?, 'intermediario', 'intermediario', 'Giulia Bianchi',"
                    + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), ? FROM service_request r"
                    + " JOIN request_subject s ON s.id = r.subject_id WHERE r.id = ?")) {
                appointment.setLong(1, slotId);
                appointment.setObject(2, start);
                appointment.setObject(3, start.plusMinutes(30));
                appointment.setString(4, status);
                appointment.setString(5, TEST_APPOINTMENT);
                appointment.setLong(6, requestId);
                assertThat(appointment.executeUpdate()).isEqualTo(1);
            }
        }
    }

    private void removeTestAppointments() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            List<Long> slots = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT slot_id FROM appointment WHERE notes = ?")) {
                select.setString(1, TEST_APPOINTMENT);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        slots.add(rows.getLong(1));
                    }
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM appointment WHERE notes = ?")) {
                delete.setString(1, TEST_APPOINTMENT);
                delete.executeUpdate();
            }
            for (long slot : slots) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM appointment_slot WHERE id = ? AND NOT EXISTS (SELECT 1 FROM appointment a"
                                + " WHERE a.slot_id = ?)")) {
                    delete.setLong(1, slot);
                    delete.setLong(2, slot);
                    delete.executeUpdate();
                }
            }
        }
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
