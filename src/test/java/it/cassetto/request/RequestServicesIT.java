package it.cassetto.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cassetto.calendar.WorkingDays;
import it.cassetto.demo.DemoDataGenerator;
import it.cassetto.demo.DemoDataLoader;
import it.cassetto.demo.DemoFacts;
import it.cassetto.shared.persistence.CassettoDataSource;
import it.cassetto.shared.query.Page;
import it.cassetto.shared.query.PageRequest;
import it.cassetto.shared.security.AccessDeniedException;
import it.cassetto.shared.security.Role;
import it.cassetto.testing.CatcherClient;
import it.cassetto.testing.Deployments;
import it.cassetto.testing.TestCaller;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The request services on the real stack with the demo data: sending with attachments, the list and its
 * filters, the office's queue and its changes, the user's reply and reminder, cross-office refusals, and
 * the notices queued for the user's consents.
 */
@ExtendWith(ArquillianExtension.class)
class RequestServicesIT {

    @Deployment
    static WebArchive deployment() {
        File[] libraries = Maven.resolver().loadPomFromFile("pom.xml")
                .resolve("org.apache.tika:tika-core", "de.focus-shift:jollyday-jackson",
                        "com.fasterxml.jackson.dataformat:jackson-dataformat-xml",
                        "io.github.openhtmltopdf:openhtmltopdf-pdfbox")
                .withTransitivity().asFile();
        return Deployments.kernel("requests")
                .addPackages(false, "it.cassetto.request", "it.cassetto.request.internal", "it.cassetto.calendar",
                        "it.cassetto.demo", "it.cassetto.demo.internal")
                .addClass(CatcherClient.class)
                .addAsLibraries(libraries);
    }

    @Inject
    TestCaller caller;

    @Inject
    RequestService requests;

    @Inject
    OfficeRequestService office;

    @Inject
    RecordingNoticeSink notices;

    @Resource(lookup = CassettoDataSource.JNDI_NAME)
    DataSource dataSource;

    @BeforeEach
    void loadTheDemoDataOnce() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            DemoDataLoader.loadSmallIfEmpty(connection, DemoDataGenerator.DEFAULT_SEED);
        }
    }

    void asIntermediario() {
        caller.actAs("intermediario", DemoFacts.INTERMEDIARIO, Role.INTERMEDIARY);
    }

    void asOperatore() {
        caller.actAs("operatore", DemoFacts.OPERATORE, Role.OPERATOR);
    }

    void asOperatore2() {
        caller.actAs("operatore2", DemoFacts.OPERATORE2, Role.OPERATOR);
    }

    static AttachmentUpload file(String name, byte[] bytes) {
        return new AttachmentUpload(name, () -> new ByteArrayInputStream(bytes));
    }

    static byte[] pdf(int size) {
        byte[] head = "%PDF-1.4\n%test\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = Arrays.copyOf(head, size);
        Arrays.fill(bytes, head.length, size, (byte) 'a');
        return bytes;
    }

    long subject(long positionId, String code) {
        return requests.subjectTree(positionId).classes().stream().flatMap(c -> c.subjects().stream())
                .filter(s -> s.code().equals(code)).findFirst().orElseThrow().id();
    }

    SentRequest send(long positionId, String text, List<AttachmentUpload> files) {
        return requests.send(new NewRequest(positionId, subject(positionId, "VERSAMENTI.PAGAMENTI"),
                "studio.bianchi@example.it", "+39 333 1234567", null, null, true, true, text), files);
    }

    long count(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    void sql(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    @Test
    void theSubjectTrees_dependOnThePositionKind() {
        asIntermediario();
        SubjectTree privateTree = requests.subjectTree(DemoFacts.TRATTORIA_DA_ENZO);
        assertThat(privateTree.positionKind()).isEqualTo("PRIVATE_EMPLOYER");
        assertThat(privateTree.classes()).extracting(SubjectTree.SubjectClass::code)
                .contains("UNIEMENS", "NON_SPECIFICATO").doesNotContain("ISTANZE");
        assertThat(privateTree.classes().stream().filter(c -> c.code().equals("NON_SPECIFICATO")).findFirst()
                .orElseThrow().subjects().get(0).guaranteed()).isFalse();
        caller.actAs("dipendente.ente", DemoFacts.DIPENDENTE_ENTE, Role.ENTITY_EMPLOYEE);
        assertThat(requests.subjectTree(DemoFacts.COMUNE_TIVOLI_1).classes()).extracting(SubjectTree.SubjectClass::code)
                .containsExactly("UNIEMENS", "DENUNCE", "VERSAMENTI", "DURC", "CREDITO", "CERTIFICAZIONI");
    }

    @Test
    void intermediario_sendsWithThreeAttachments_andFindsItInTheList() throws Exception {
        asIntermediario();
        SentRequest sent = send(DemoFacts.TRATTORIA_DA_ENZO, "Chiedo verifica del versamento di marzo.",
                List.of(file("f24 marzo.pdf", pdf(3 * 1024 * 1024)), file("nota.txt", "nota".getBytes()),
                        file("quietanza.pdf", pdf(1000))));
        assertThat(sent.protocol()).matches("INPS\\.7001\\.\\d{4}\\.\\d{7}");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        assertThat(sent.dueOn()).isAfter(today);
        assertThat(WorkingDays.national().workingDaysBetween(today, sent.dueOn())).isBetween(9, 10);

        Page<RequestListItem> ofPosition = requests.list(RequestFilter.ofPosition(DemoFacts.TRATTORIA_DA_ENZO),
                PageRequest.first(50));
        assertThat(ofPosition.items()).extracting(RequestListItem::protocol).contains(sent.protocol());
        Page<RequestListItem> byMatricola = requests.list(new RequestFilter(null, null,
                DemoFacts.romaMatricola(DemoFacts.TRATTORIA_DA_ENZO), "VERSAMENTI", RequestStatus.OPEN, false, today,
                today, today, today), PageRequest.first(50));
        assertThat(byMatricola.items()).extracting(RequestListItem::protocol).contains(sent.protocol());
        assertThat(requests.list(new RequestFilter(null, null, null, "DURC", null, false, null, null, null, null),
                PageRequest.first(50)).items()).extracting(RequestListItem::protocol).doesNotContain(sent.protocol());

        RequestDetail detail = requests.detail(sent.id());
        assertThat(detail.timeline()).extracting(TimelineEntry::kind).containsExactly(RequestEventKind.OPENED);
        assertThat(detail.attachments()).hasSize(1);
        assertThat(detail.attachments().get(0).files()).extracting(AttachmentArchiveInfo.AttachedFile::storedName)
                .containsExactly("1-f24_marzo.pdf", "2-nota.txt", "3-quietanza.pdf");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        assertThat(requests.writeArchive(sent.id(), detail.attachments().get(0).id(), zip)).isTrue();
        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.add(e.getName() + ":" + in.readAllBytes().length);
            }
        }
        assertThat(entries).containsExactly("1-f24_marzo.pdf:" + 3 * 1024 * 1024, "2-nota.txt:4", "3-quietanza.pdf:1000");
        assertThat(new String(requests.receipt(sent.id()), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(notices.of("request:" + sent.id() + ":")).extracting(n -> n.email() ? "email" : "sms")
                .containsExactlyInAnyOrder("email", "sms");
    }

    @Test
    void aFourthFile_orAnOversizeFile_isRefused_andNothingIsSaved() throws Exception {
        asIntermediario();
        long before = count("SELECT COUNT(*) FROM service_request");
        byte[] small = pdf(100);
        assertThatThrownBy(() -> send(DemoFacts.TRATTORIA_DA_ENZO, "quattro", List.of(file("a.pdf", small),
                file("b.pdf", small), file("c.pdf", small), file("d.pdf", small))))
                .isInstanceOf(RequestRuleException.class).hasMessageContaining("request.error.tooManyFiles");
        assertThatThrownBy(() -> send(DemoFacts.TRATTORIA_DA_ENZO, "grande",
                List.of(file("grande.pdf", pdf(4 * 1024 * 1024)))))
                .isInstanceOf(RequestRuleException.class).hasMessageContaining("request.error.tooLarge");
        assertThat(count("SELECT COUNT(*) FROM service_request")).isEqualTo(before);
    }

    @Test
    void sending_needsTheRightToSend_aContact_andASubjectOfThePositionsTree() {
        asIntermediario();
        long readOnly = DemoFacts.AUTOFFICINA_RICCI;
        assertThatThrownBy(() -> requests.send(new NewRequest(readOnly, 1, "a@example.it", null, null, null, true,
                false, "testo"), List.of())).isInstanceOf(AccessDeniedException.class);
        long subject = subject(DemoFacts.TRATTORIA_DA_ENZO, "VERSAMENTI.PAGAMENTI");
        assertThatThrownBy(() -> requests.send(new NewRequest(DemoFacts.TRATTORIA_DA_ENZO, subject, null, null,
                "06 1234567", null, false, false, "testo"), List.of()))
                .isInstanceOf(RequestRuleException.class).hasMessageContaining("request.error.contactRequired");
        caller.actAs("dipendente.ente", DemoFacts.DIPENDENTE_ENTE, Role.ENTITY_EMPLOYEE);
        long paSubject = requests.subjectTree(DemoFacts.COMUNE_TIVOLI_1).classes().get(0).subjects().get(0).id();
        asIntermediario();
        assertThatThrownBy(() -> requests.send(new NewRequest(DemoFacts.TRATTORIA_DA_ENZO, paSubject, "a@example.it",
                null, null, null, true, false, "testo"), List.of()))
                .isInstanceOf(RequestRuleException.class).hasMessageContaining("request.error.subjectNotInTree");
    }

    @Test
    void theCompetentOffice_handlesTheRequest_andTheUserSeesEveryStepAndTheOutcome() {
        asIntermediario();
        SentRequest sent = send(DemoFacts.TRATTORIA_DA_ENZO, "Richiesta da lavorare.", List.of());

        asOperatore();
        assertThat(office.queue(RequestFilter.ANY, PageRequest.first(200)).items())
                .extracting(RequestListItem::protocol).contains(sent.protocol());
        office.takeInCharge(sent.id());
        office.comment(sent.id(), "Stiamo verificando.");
        office.askDocuments(sent.id(), "Inviare la quietanza F24.");

        asIntermediario();
        assertThat(requests.detail(sent.id()).mayReply()).isTrue();
        requests.reply(sent.id(), "Ecco la quietanza.", List.of(file("quietanza.pdf", pdf(500))));

        asOperatore();
        office.close(sent.id(), Outcome.REJECTED, "Il versamento risulta non dovuto.");
        assertThatThrownBy(() -> office.comment(sent.id(), "dopo"))
                .isInstanceOf(RequestRuleException.class).hasMessageContaining("request.error.closed");

        asIntermediario();
        RequestDetail detail = requests.detail(sent.id());
        assertThat(detail.summary().status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(detail.summary().outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(detail.summary().handledByName()).isEqualTo("operatore");
        assertThat(detail.timeline()).extracting(TimelineEntry::kind).containsExactly(RequestEventKind.OPENED,
                RequestEventKind.TAKEN_IN_CHARGE, RequestEventKind.COMMENT, RequestEventKind.DOCUMENTS_ASKED,
                RequestEventKind.USER_REPLY, RequestEventKind.CLOSED);
        assertThat(detail.timeline()).extracting(TimelineEntry::actorName).containsExactly("intermediario",
                "operatore", "operatore", "operatore", "intermediario", "operatore");
        assertThat(detail.timeline().get(5).text()).isEqualTo("Il versamento risulta non dovuto.");
        assertThat(detail.attachments()).hasSize(1);
        RequestDeadline deadline = requests.deadline(sent.id());
        assertThat(deadline.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(deadline.closedAt()).isNotNull();
        assertThat(deadline.dueDate()).isEqualTo(sent.dueOn());
        assertThat(notices.of("request:" + sent.id() + ":")).hasSize(2 * 5);
    }

    @Test
    void anOperatorOfAnotherOffice_cannotSeeOrTouchTheRequest() {
        asIntermediario();
        SentRequest sent = send(DemoFacts.TRATTORIA_DA_ENZO, "Per la sede di Roma.", List.of());
        asOperatore2();
        assertThat(office.queue(RequestFilter.ANY, PageRequest.first(200)).items())
                .extracting(RequestListItem::id).doesNotContain(sent.id());
        assertThatThrownBy(() -> requests.detail(sent.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> office.takeInCharge(sent.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> office.close(sent.id(), Outcome.ACCEPTED, "no"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.writeArchive(sent.id(), 1, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.list(RequestFilter.ofPosition(DemoFacts.TRATTORIA_DA_ENZO),
                PageRequest.first(10))).isInstanceOf(AccessDeniedException.class);
        caller.actAs("intermediario", DemoFacts.INTERMEDIARIO, Role.INTERMEDIARY);
        assertThatThrownBy(() -> office.takeInCharge(sent.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aReminder_isRefusedBeforeTheDueDate_andEscalatesAfterIt() throws Exception {
        asIntermediario();
        SentRequest sent = send(DemoFacts.TRATTORIA_DA_ENZO, "Attendo risposta.", List.of());
        assertThatThrownBy(() -> requests.remind(sent.id()))
                .isInstanceOf(RequestRuleException.class).hasMessageContaining("request.error.notYetDue");
        sql("UPDATE service_request SET due_on = DATE_SUB(CURDATE(), INTERVAL 3 DAY),"
                + " queue_due = DATE_SUB(CURDATE(), INTERVAL 3 DAY) WHERE id = " + sent.id());
        assertThat(requests.detail(sent.id()).mayRemind()).isTrue();
        requests.remind(sent.id());
        RequestDetail detail = requests.detail(sent.id());
        assertThat(detail.summary().reminded()).isTrue();
        assertThat(detail.summary().overdue()).isTrue();
        assertThat(detail.timeline()).extracting(TimelineEntry::kind).endsWith(RequestEventKind.REMINDER);

        asOperatore();
        List<RequestListItem> overdue = office.queue(new RequestFilter(null, null, null, null, null, true, null, null,
                null, null), PageRequest.first(200)).items();
        assertThat(overdue).extracting(RequestListItem::id).contains(sent.id());
        assertThat(overdue).allMatch(RequestListItem::overdue);
        List<RequestListItem> queue = office.queue(RequestFilter.ANY, PageRequest.first(200)).items();
        assertThat(queue.get(0).overdue()).isTrue();
    }

    @Test
    void theDossier_getsTheOpenAndRecentRequestsOfAPosition() {
        asIntermediario();
        SentRequest sent = send(DemoFacts.TRATTORIA_DA_ENZO, "Per il fascicolo.", List.of());
        assertThat(requests.openAndRecent(DemoFacts.TRATTORIA_DA_ENZO)).extracting(RequestListItem::id)
                .contains(sent.id()).hasSizeLessThanOrEqualTo(RequestService.DOSSIER_CAP);
        assertThatThrownBy(() -> requests.openAndRecent(DemoFacts.HOTEL_MARINO))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theNotifications_reachTheMailCatcher_honouringTheConsents() {
        asIntermediario();
        String unique = Long.toString(System.nanoTime());
        String email = "consensi+" + unique + "@example.it";
        String phone = "+39347" + unique.substring(unique.length() - 7);
        SentRequest sent = requests.send(new NewRequest(DemoFacts.TRATTORIA_DA_ENZO,
                subject(DemoFacts.TRATTORIA_DA_ENZO, "VERSAMENTI.PAGAMENTI"), email, phone, null, null, true, false,
                "Solo e-mail, niente SMS."), List.of());
        CatcherClient catcher = new CatcherClient();
        var mails = catcher.awaitMailsTo(email, 1, java.time.Duration.ofSeconds(60));
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getString("subject")).isEqualTo("Richiesta " + sent.protocol() + ": protocollata");
        assertThat(mails.get(0).getString("text")).contains(sent.protocol());
        assertThat(catcher.smsTo(phone)).isEmpty();
    }

    @Test
    void supervisors_seeFiguresPerOfficeAndSubject() {
        asIntermediario();
        send(DemoFacts.TRATTORIA_DA_ENZO, "Per le statistiche.", List.of());
        caller.actAs("supervisore", "CLMMRC70P30D612A", Role.SUPERVISOR);
        assertThat(office.figures()).anyMatch(f -> f.officeId() == DemoFacts.OFFICE_ROMA && f.open() > 0);
        assertThatThrownBy(() -> office.takeInCharge(1)).isInstanceOf(AccessDeniedException.class);
    }
}
