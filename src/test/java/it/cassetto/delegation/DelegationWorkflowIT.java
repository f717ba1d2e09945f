package it.cassetto.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cassetto.delegation.ActivationResult.Outcome;
import it.cassetto.delegation.internal.DelegationMessages;
import it.cassetto.demo.DemoDataGenerator;
import it.cassetto.demo.DemoDataLoader;
import it.cassetto.demo.DemoFacts;
import it.cassetto.shared.persistence.CassettoDataSource;
import it.cassetto.shared.security.AccessDeniedException;
import it.cassetto.shared.security.DelegationScope;
import it.cassetto.shared.security.Role;
import it.cassetto.shared.value.CodiceFiscale;
import it.cassetto.testing.CatcherClient;
import it.cassetto.testing.Deployments;
import it.cassetto.testing.TestCaller;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The delegation life cycle on the real stack: the code travels by PEC through the test stack's mail
 * catcher, and what each step allows is asked of the real position access guard.
 */
@ExtendWith(ArquillianExtension.class)
class DelegationWorkflowIT {

    private static final Pattern CODE = Pattern.compile("Codice OTP: ([A-Z0-9]{5}-[A-Z0-9]{5})");
    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);

    @Deployment
    static WebArchive deployment() {
        File[] pdf = Maven.resolver().loadPomFromFile("pom.xml").resolve("io.github.openhtmltopdf:openhtmltopdf-pdfbox")
                .withTransitivity().asFile();
        return Deployments.kernel("delegation")
                .addPackages(false, "it.cassetto.demo", "it.cassetto.demo.internal")
                .addClass(CatcherClient.class)
                .addAsLibraries(pdf);
    }

    @Inject
    TestCaller caller;

    @Inject
    IntermediaryDelegationService intermediary;

    @Inject
    EmployerDelegationService employer;

    @Inject
    DelegationService delegations;

    @Resource(lookup = CassettoDataSource.JNDI_NAME)
    DataSource dataSource;

    private final CatcherClient catcher = new CatcherClient();
    private final List<Long> touchedPositions = new ArrayList<>();
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));

    @BeforeEach
    void loadTheDemoDataOnce() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            DemoDataLoader.loadSmallIfEmpty(connection, DemoDataGenerator.DEFAULT_SEED);
        }
    }

    @Test
    void theWholeLifeCycle_requestCodeByPecActivateSubDelegateRevoke() throws Exception {
        Free position = freePosition(0);
        actAsIntermediary();
        List<DelegationCandidate> found = intermediary.findPositions(position.matricola);
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.positionId()).isEqualTo(position.id);
            assertThat(c.pecOnFile()).isTrue();
            assertThat(c.alreadyHeld()).isFalse();
        });
        assertThatThrownBy(() -> delegations.delegationsInForce(position.id))
                .as("no delegation yet").isInstanceOf(AccessDeniedException.class);

        RequestedDelegation requested = intermediary.request(new NewDelegation(position.id,
                DelegationScope.READ_AND_SEND, today, today.plusYears(1)));
        assertThat(requested.maskedPec()).contains("****@").doesNotContain(position.pec.substring(0, position.pec.indexOf('@')));
        String code = codeFromPec(position);
        assertThatThrownBy(() -> delegations.delegationsInForce(position.id))
                .as("a request grants nothing").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> intermediary.request(new NewDelegation(position.id, DelegationScope.READ_ONLY, today,
                today.plusYears(1)))).isInstanceOfSatisfying(DelegationRefusedException.class,
                e -> assertThat(e.messageKey()).isEqualTo("delegation.error.already-held"));

        assertThatThrownBy(() -> intermediary.activate(requested.delegationId(), code, false))
                .isInstanceOf(DelegationRefusedException.class);
        ActivationResult wrong = intermediary.activate(requested.delegationId(), "AAAAA-AAAAA", true);
        assertThat(wrong).isEqualTo(new ActivationResult(Outcome.WRONG_CODE, 4));
        assertThat(intSql("SELECT code_failed_tries FROM delegation WHERE id = ?", requested.delegationId()))
                .as("the wrong try is kept although the step failed").isEqualTo(1);

        assertThat(intermediary.activate(requested.delegationId(), code.toLowerCase(), true).outcome())
                .isEqualTo(Outcome.ACTIVATED);
        assertThat(delegations.reachOfCurrentCaller().positionIds()).contains(position.id);
        assertThat(delegations.delegationsInForce(position.id)).isNotEmpty();
        assertThat(intermediary.activate(requested.delegationId(), code, true).outcome())
                .as("single use").isEqualTo(Outcome.NOT_PENDING);
        assertThat(intermediary.myDelegations()).filteredOn(d -> d.id() == requested.delegationId())
                .singleElement().satisfies(d -> assertThat(d.state()).isEqualTo(DelegationState.ACTIVE));

        byte[] form = intermediary.delegationForm(requested.delegationId());
        try (PDDocument pdf = Loader.loadPDF(form)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Delega a operare", position.matricola, "Firma del delegante");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("it");
        }

        assertThatThrownBy(() -> intermediary.subDelegate(requested.delegationId(), "collaboratore",
                DelegationScope.READ_ONLY, today.plusYears(2))).isInstanceOfSatisfying(DelegationRefusedException.class,
                e -> assertThat(e.messageKey()).isEqualTo("delegation.error.longer-than-delegation"));
        assertThatThrownBy(() -> intermediary.subDelegate(requested.delegationId(), "operatore",
                DelegationScope.READ_ONLY, today.plusMonths(6))).isInstanceOf(DelegationRefusedException.class);
        long sub = intermediary.subDelegate(requested.delegationId(), "collaboratore", DelegationScope.READ_ONLY,
                today.plusMonths(6));
        actAsStaff();
        assertThat(delegations.reachOfCurrentCaller().positionIds()).contains(position.id);

        actAsIntermediary();
        intermediary.revoke(requested.delegationId());
        assertThatThrownBy(() -> delegations.delegationsInForce(position.id)).isInstanceOf(AccessDeniedException.class);
        actAsStaff();
        assertThat(delegations.reachOfCurrentCaller().positionIds()).doesNotContain(position.id);
        assertThatThrownBy(() -> delegations.delegationsInForce(position.id)).isInstanceOf(AccessDeniedException.class);
        assertThat(stringSql("SELECT status FROM sub_delegation WHERE id = ?", sub)).isEqualTo("REVOKED");

        assertThat(events(requested.delegationId())).containsSubsequence("REQUESTED", "CODE_SENT", "CODE_FAILED",
                "ACTIVATED", "SUB_DELEGATED", "REVOKED");
    }

    @Test
    void fiveWrongCodes_lockTheRequest_andThenEvenTheRightCodeFails() throws Exception {
        Free position = freePosition(1);
        actAsIntermediary();
        RequestedDelegation requested = intermediary.request(new NewDelegation(position.id, DelegationScope.READ_ONLY,
                today, today.plusMonths(6)));
        String code = codeFromPec(position);
        for (int left = 4; left >= 1; left--) {
            assertThat(intermediary.activate(requested.delegationId(), "ZZZZZ-ZZZZZ", true))
                    .isEqualTo(new ActivationResult(Outcome.WRONG_CODE, left));
        }
        assertThat(intermediary.activate(requested.delegationId(), "ZZZZZ-ZZZZZ", true).outcome())
                .isEqualTo(Outcome.LOCKED);
        assertThat(intermediary.activate(requested.delegationId(), code, true).outcome()).isEqualTo(Outcome.LOCKED);
        assertThatThrownBy(() -> delegations.delegationsInForce(position.id)).isInstanceOf(AccessDeniedException.class);
        assertThat(events(requested.delegationId())).contains("LOCKED");
        assertThat(intermediary.myDelegations()).filteredOn(d -> d.id() == requested.delegationId())
                .singleElement().satisfies(d -> assertThat(d.state()).isEqualTo(DelegationState.LOCKED));
    }

    @Test
    void anExpiredCode_cannotActivate() throws Exception {
        Free position = freePosition(2);
        actAsIntermediary();
        RequestedDelegation requested = intermediary.request(new NewDelegation(position.id, DelegationScope.READ_ONLY,
                today, today.plusMonths(6)));
        String code = codeFromPec(position);
        update("UPDATE delegation SET code_expires_at = UTC_TIMESTAMP() - INTERVAL 1 MINUTE WHERE id = ?",
                requested.delegationId());
        assertThat(intermediary.activate(requested.delegationId(), code, true).outcome()).isEqualTo(Outcome.EXPIRED);
        assertThatThrownBy(() -> delegations.delegationsInForce(position.id)).isInstanceOf(AccessDeniedException.class);
        intermediary.revoke(requested.delegationId());
    }

    @Test
    void theEmployerSeesAndRevokesADelegation_andTheFirmIsNotified() throws Exception {
        update("UPDATE delegation SET status = 'REVOKED' WHERE position_id = ? AND firm_id = 1"
                + " AND status IN ('REQUESTED', 'ACTIVE')", DemoFacts.ROSSI_LOGISTICA);
        update("UPDATE intermediary_firm SET email = 'giulia.bianchi@example.it' WHERE id = ?", 1);
        Free position = position(DemoFacts.ROSSI_LOGISTICA);
        actAsIntermediary();
        RequestedDelegation requested = intermediary.request(new NewDelegation(position.id,
                DelegationScope.READ_AND_SEND, today, today.plusYears(1)));
        assertThat(intermediary.activate(requested.delegationId(), codeFromPec(position), true).outcome())
                .isEqualTo(Outcome.ACTIVATED);
        int mailsBefore = catcher.mailsTo("giulia.bianchi@example.it").size();

        caller.actAs("datore", DemoFacts.DATORE, Role.EMPLOYER);
        assertThat(employer.delegationsOnMyPositions()).filteredOn(d -> d.id() == requested.delegationId())
                .singleElement().satisfies(d -> {
                    assertThat(d.state()).isEqualTo(DelegationState.ACTIVE);
                    assertThat(d.intermediaryUsername()).isEqualTo("intermediario");
                    assertThat(d.activatedAt()).isNotNull();
                });
        long hotelMarino = longSql("SELECT id FROM delegation WHERE position_id = ? AND firm_id = 2 ORDER BY id LIMIT 1",
                DemoFacts.HOTEL_MARINO);
        assertThatThrownBy(() -> employer.revoke(hotelMarino)).as("not the employer's position")
                .isInstanceOf(AccessDeniedException.class);
        employer.revoke(requested.delegationId());

        List<JsonObject> mails = catcher.awaitMailsTo("giulia.bianchi@example.it", mailsBefore + 1, MAIL_WAIT);
        assertThat(mails.get(mails.size() - 1).getString("subject")).isEqualTo("Revoca della delega per la posizione "
                + position.matricola);
        actAsIntermediary();
        assertThatThrownBy(() -> delegations.delegationsInForce(position.id)).isInstanceOf(AccessDeniedException.class);
        assertThat(events(requested.delegationId())).contains("REVOKED_BY_EMPLOYER");
    }

    @Test
    void anIntermediaryCannotTouchAnotherFirmsDelegation() throws Exception {
        long hotelMarino = longSql("SELECT id FROM delegation WHERE position_id = ? AND firm_id = 2 ORDER BY id LIMIT 1",
                DemoFacts.HOTEL_MARINO);
        actAsIntermediary();
        assertThatThrownBy(() -> intermediary.revoke(hotelMarino)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> intermediary.activate(hotelMarino, "AAAAA-AAAAA", true))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> intermediary.delegationForm(hotelMarino)).isInstanceOf(AccessDeniedException.class);
        caller.actAs("collaboratore", DemoFacts.COLLABORATORE, Role.INTERMEDIARY_STAFF);
        assertThatThrownBy(() -> intermediary.myDelegations()).as("staff do not manage delegations")
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void theEmployerDelegatesAnEmployee_whoThenReachesItsPositions_untilRevoked() throws Exception {
        String employee = "impiegato." + System.nanoTime() % 1_000_000;
        String fiscalCode = "VRDLGU80A01H501" + CodiceFiscale.checkCharacter("VRDLGU80A01H501");
        caller.actAs("datore", DemoFacts.DATORE, Role.EMPLOYER);
        long contributor = employer.myContributors().stream()
                .filter(c -> c.name().startsWith("Rossi Costruzioni")).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> employer.delegateEmployee(contributor, employee, "NOTACODE", DelegationScope.READ_ONLY,
                today, today.plusYears(1))).isInstanceOf(DelegationRefusedException.class);
        long id = employer.delegateEmployee(contributor, employee, fiscalCode, DelegationScope.READ_ONLY, today,
                today.plusYears(1));
        assertThat(employer.myEmployeeDelegations()).anySatisfy(e -> assertThat(e.id()).isEqualTo(id));

        caller.actAs(employee, fiscalCode, Role.ENTITY_EMPLOYEE);
        assertThat(delegations.delegationsInForce(DemoFacts.ROSSI_COSTRUZIONI)).isNotNull();

        caller.actAs("datore", DemoFacts.DATORE, Role.EMPLOYER);
        employer.revokeEmployeeDelegation(id);
        caller.actAs(employee, fiscalCode, Role.ENTITY_EMPLOYEE);
        assertThatThrownBy(() -> delegations.delegationsInForce(DemoFacts.ROSSI_COSTRUZIONI))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Whatever a test left half-done, the positions it used end without delegations of the demo firm. */
    @AfterEach
    void revokeWhatTheTestCreated() throws Exception {
        for (long positionId : touchedPositions) {
            update("UPDATE sub_delegation s JOIN delegation d ON d.id = s.delegation_id SET s.status = 'REVOKED'"
                    + " WHERE d.position_id = ? AND d.firm_id = 1 AND s.status = 'ACTIVE'", positionId);
            update("UPDATE delegation SET status = 'REVOKED' WHERE position_id = ? AND firm_id = 1"
                    + " AND status IN ('REQUESTED', 'ACTIVE')", positionId);
        }
    }

    // ---- helpers

    private record Free(long id, String matricola, String pec) {
    }

    /** The n-th private position (in id order) that no firm holds or awaits a delegation for. */
    private Free freePosition(int n) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT p.id, p.matricola, ct.pec FROM contribution_position p"
                     + " JOIN contributor ct ON ct.id = p.contributor_id WHERE p.kind = 'PRIVATE_EMPLOYER'"
                     + " AND ct.pec IS NOT NULL AND p.id > ? AND NOT EXISTS (SELECT 1 FROM delegation d"
                     + " WHERE d.position_id = p.id AND d.status IN ('REQUESTED', 'ACTIVE', 'LOCKED'))"
                     + " ORDER BY p.id LIMIT 1 OFFSET " + n)) {
            s.setLong(1, DemoFacts.FIXED_POSITIONS);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).as("a free demo position").isTrue();
                touchedPositions.add(r.getLong(1));
                return new Free(r.getLong(1), r.getString(2), r.getString(3));
            }
        }
    }

    private Free position(long id) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT p.id, p.matricola, ct.pec FROM contribution_position p"
                     + " JOIN contributor ct ON ct.id = p.contributor_id WHERE p.id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                touchedPositions.add(id);
                return new Free(r.getLong(1), r.getString(2), r.getString(3));
            }
        }
    }

    private String codeFromPec(Free position) {
        String subject = DelegationMessages.codeMailSubject(position.matricola);
        List<JsonObject> mails = catcher.awaitMailsTo(position.pec, 1, MAIL_WAIT);
        JsonObject last = mails.stream().filter(m -> subject.equals(m.getString("subject")))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no PEC '" + subject + "'"));
        Matcher m = CODE.matcher(last.getString("text"));
        assertThat(m.find()).as("the PEC carries the code").isTrue();
        return m.group(1);
    }

    private void actAsIntermediary() {
        caller.actAs("intermediario", DemoFacts.INTERMEDIARIO, Role.INTERMEDIARY);
    }

    private void actAsStaff() {
        caller.actAs("collaboratore", DemoFacts.COLLABORATORE, Role.INTERMEDIARY_STAFF);
    }

    private List<String> events(long delegationId) throws Exception {
        List<String> events = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT event FROM delegation_event WHERE delegation_id = ?"
                     + " ORDER BY id")) {
            s.setLong(1, delegationId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    events.add(r.getString(1));
                }
            }
        }
        return events;
    }

    private int intSql(String sql, long id) throws Exception {
        return (int) longSql(sql, id);
    }

    private long longSql(String sql, long id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private String stringSql(String sql, long id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private void update(String sql, long id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }
}
