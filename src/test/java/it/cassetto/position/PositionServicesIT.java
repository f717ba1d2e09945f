package it.cassetto.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cassetto.demo.DemoDataGenerator;
import it.cassetto.demo.DemoDataSize;
import it.cassetto.demo.DemoFacts;
import it.cassetto.shared.persistence.CassettoDataSource;
import it.cassetto.shared.query.Page;
import it.cassetto.shared.query.PageRequest;
import it.cassetto.shared.query.SortDirection;
import it.cassetto.shared.security.AccessDeniedException;
import it.cassetto.shared.security.Role;
import it.cassetto.testing.Deployments;
import it.cassetto.testing.TestCaller;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The position services on the real stack with the default demo data: the guard's one-query relations,
 * Ricerca's reach, section pages, details, CSV export and the audit trail, for the demo users.
 */
@ExtendWith(ArquillianExtension.class)
class PositionServicesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.kernel("positions")
                .addPackages(false, "it.cassetto.position", "it.cassetto.position.internal",
                        "it.cassetto.delegation", "it.cassetto.delegation.internal",
                        "it.cassetto.demo", "it.cassetto.demo.internal")
                .addAsResource("vaadin-i18n/translations.properties")
                .addAsResource("vaadin-i18n/translations_en.properties");
    }

    @Inject
    TestCaller caller;

    @Inject
    PositionSearchService search;

    @Inject
    PositionService positions;

    @Inject
    PositionSectionService sections;

    @Resource(lookup = CassettoDataSource.JNDI_NAME)
    DataSource dataSource;

    @BeforeEach
    void loadTheDemoDataOnce() throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT 1 FROM contribution_position LIMIT 1")) {
            if (!rows.next()) {
                new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED, DemoDataSize.SMALL,
                        LocalDate.now(ZoneId.of("Europe/Rome"))).insert(connection);
            }
        }
    }

    void actAs(String username, String fiscalCode, Role role) {
        caller.actAs(username, fiscalCode, role);
    }

    Set<Long> ricerca() {
        return search.search(PositionSearchCriteria.ANY, new PageRequest(0, 200, null, SortDirection.ASCENDING))
                .items().stream().map(PositionListItem::id).collect(Collectors.toSet());
    }

    @Test
    void intermediario_findsExactlyTheFivePositionsWithActiveDelegations() {
        actAs("intermediario", DemoFacts.INTERMEDIARIO, Role.INTERMEDIARY);
        assertThat(ricerca()).containsExactlyInAnyOrder(DemoFacts.TRATTORIA_DA_ENZO, DemoFacts.FERRAMENTA_COLOMBO,
                DemoFacts.PANIFICIO_ESPOSITO, DemoFacts.AUTOFFICINA_RICCI, DemoFacts.TIPOGRAFIA_MORETTI);
    }

    @Test
    void eachDemoUser_findsTheirPositions() {
        actAs("datore", DemoFacts.DATORE, Role.EMPLOYER);
        assertThat(ricerca()).containsExactlyInAnyOrder(DemoFacts.ROSSI_COSTRUZIONI, DemoFacts.ROSSI_LOGISTICA);
        actAs("dipendente.ente", DemoFacts.DIPENDENTE_ENTE, Role.ENTITY_EMPLOYEE);
        assertThat(ricerca()).containsExactlyInAnyOrder(DemoFacts.COMUNE_TIVOLI_1, DemoFacts.COMUNE_TIVOLI_2);
        actAs("collaboratore", DemoFacts.COLLABORATORE, Role.INTERMEDIARY_STAFF);
        assertThat(ricerca()).containsExactlyInAnyOrder(DemoFacts.TRATTORIA_DA_ENZO, DemoFacts.FERRAMENTA_COLOMBO);
        actAs("operatore2", DemoFacts.OPERATORE2, Role.OPERATOR);
        assertThat(ricerca()).contains(DemoFacts.TIPOGRAFIA_MORETTI).doesNotContain(DemoFacts.ROSSI_COSTRUZIONI);
    }

    @Test
    void supervisore_pagesThroughEveryPosition() {
        actAs("supervisore", "CLMMRC70P30D612A", Role.SUPERVISOR);
        Page<PositionListItem> first = search.search(PositionSearchCriteria.ANY, PageRequest.first(50));
        assertThat(first.items()).hasSize(50);
        assertThat(first.total()).isGreaterThanOrEqualTo(DemoDataSize.SMALL.positions());
        assertThat(search.search(PositionSearchCriteria.fromText(DemoFacts.romaMatricola(DemoFacts.HOTEL_MARINO)),
                PageRequest.first(10)).items()).extracting(PositionListItem::id).containsExactly(DemoFacts.HOTEL_MARINO);
    }

    @Test
    void intermediario_readsADelegatedPositionsSummaryAndPayments() {
        actAs("intermediario", DemoFacts.INTERMEDIARIO, Role.INTERMEDIARY);
        PositionSummary summary = positions.summary(DemoFacts.TRATTORIA_DA_ENZO);
        assertThat(summary.position().matricola()).isEqualTo(DemoFacts.romaMatricola(DemoFacts.TRATTORIA_DA_ENZO));
        assertThat(summary.latestPayments()).hasSize(PositionSummary.LATEST);
        Page<SectionRow> payments = sections.list(DemoFacts.TRATTORIA_DA_ENZO, Section.PAYMENTS, SectionFilter.NONE,
                new PageRequest(0, 10, "amount", SortDirection.DESCENDING));
        assertThat(payments.total()).isEqualTo(DemoDataSize.SMALL.paymentsPerPosition());
        assertThat(payments.items()).hasSize(10);
    }

    @Test
    void intermediarioWithoutDelegation_expiredOrRevoked_isDeniedAndAudited() throws Exception {
        actAs("intermediario", DemoFacts.INTERMEDIARIO, Role.INTERMEDIARY);
        for (long position : new long[] {DemoFacts.HOTEL_MARINO, DemoFacts.STUDIO_DENTISTICO_GALLI,
                DemoFacts.BAR_CENTRALE}) {
            long before = audited("intermediario", position, "DENIED");
            assertThatThrownBy(() -> positions.summary(position)).isInstanceOf(AccessDeniedException.class);
            assertThat(audited("intermediario", position, "DENIED")).isEqualTo(before + 1);
        }
    }

    @Test
    void collaboratoreWithARevokedSubDelegation_isDenied() {
        actAs("collaboratore", DemoFacts.COLLABORATORE, Role.INTERMEDIARY_STAFF);
        assertThat(positions.masterData(DemoFacts.TRATTORIA_DA_ENZO).position().id())
                .isEqualTo(DemoFacts.TRATTORIA_DA_ENZO);
        assertThatThrownBy(() -> positions.summary(DemoFacts.PANIFICIO_ESPOSITO))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void operatorsReadTheirOfficesPositionsOnly() {
        actAs("operatore", DemoFacts.OPERATORE, Role.OPERATOR);
        assertThat(positions.summary(DemoFacts.HOTEL_MARINO).position().officeCode()).isEqualTo("7001");
        actAs("operatore2", DemoFacts.OPERATORE2, Role.OPERATOR);
        assertThatThrownBy(() -> positions.summary(DemoFacts.HOTEL_MARINO)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void dipendenteEnte_seesTheDeclarationErrorsOfTheEntity() {
        actAs("dipendente.ente", DemoFacts.DIPENDENTE_ENTE, Role.ENTITY_EMPLOYEE);
        PositionSummary summary = positions.summary(DemoFacts.COMUNE_TIVOLI_1);
        assertThat(summary.declarationsWithErrors()).isNotEmpty();
        long declarationId = summary.declarationsWithErrors().get(0).id();
        assertThat(sections.detail(DemoFacts.COMUNE_TIVOLI_1, Section.DECLARATIONS, declarationId))
                .hasValueSatisfying(detail -> assertThat(detail.children()).isNotEmpty());
        assertThat(sections.detail(DemoFacts.COMUNE_TIVOLI_2, Section.DECLARATIONS, declarationId)).isEmpty();
    }

    @Test
    void datore_exportsTheFilteredPaymentsAsItalianCsv() {
        actAs("datore", DemoFacts.DATORE, Role.EMPLOYER);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = sections.exportCsv(DemoFacts.ROSSI_COSTRUZIONI, Section.PAYMENTS, SectionFilter.NONE, null,
                SortDirection.DESCENDING, Locale.ITALIAN, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(rows).isEqualTo(DemoDataSize.SMALL.largestPositionPayments());
        assertThat(csv.lines().count()).isEqualTo(rows + 1);
        assertThat(csv.lines().findFirst()).hasValueSatisfying(h -> assertThat(h).contains("Data versamento;Canale"));
    }

    private long audited(String username, long positionId, String outcome) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM position_access_audit"
                        + " WHERE username = ? AND position_id = ? AND outcome = ?")) {
            statement.setString(1, username);
            statement.setLong(2, positionId);
            statement.setString(3, outcome);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
