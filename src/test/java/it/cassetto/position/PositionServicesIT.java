package it.cassetto.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cassetto.demo.DemoDataGenerator;
import it.cassetto.demo.DemoDataLoader;
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
import it.cassetto.shared.value.AmountRange;
import it.cassetto.shared.value.PeriodRange;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
        try (Connection connection = dataSource.getConnection()) {
            DemoDataLoader.loadSmallIfEmpty(connection, DemoDataGenerator.DEFAULT_SEED);
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
    void eachDemoUser_findsTheirPositions() throws Exception {
        actAs("datore", DemoFacts.DATORE, Role.EMPLOYER);
        assertThat(ricerca()).containsExactlyInAnyOrder(DemoFacts.ROSSI_COSTRUZIONI, DemoFacts.ROSSI_LOGISTICA);
        actAs("dipendente.ente", DemoFacts.DIPENDENTE_ENTE, Role.ENTITY_EMPLOYEE);
        assertThat(ricerca()).containsExactlyInAnyOrder(DemoFacts.COMUNE_TIVOLI_1, DemoFacts.COMUNE_TIVOLI_2);
        actAs("collaboratore", DemoFacts.COLLABORATORE, Role.INTERMEDIARY_STAFF);
        assertThat(ricerca()).containsExactlyInAnyOrder(DemoFacts.TRATTORIA_DA_ENZO, DemoFacts.FERRAMENTA_COLOMBO);
        actAs("operatore2", DemoFacts.OPERATORE2, Role.OPERATOR);
        assertThat(ricerca()).containsExactlyInAnyOrderElementsOf(ids("SELECT id FROM contribution_position"
                        + " WHERE office_id = " + DemoFacts.OFFICE_MILANO))
                .contains(DemoFacts.TIPOGRAFIA_MORETTI).doesNotContain(DemoFacts.ROSSI_COSTRUZIONI);
    }

    @Test
    void supervisore_pagesThroughEveryPosition() throws Exception {
        actAs("supervisore", "CLMMRC70P30D612A", Role.SUPERVISOR);
        List<Long> expected = ids("SELECT id FROM contribution_position ORDER BY holder_name, id");
        assertThat(expected).hasSizeGreaterThanOrEqualTo(DemoDataSize.SMALL.positions());
        List<Long> seen = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<PositionListItem> result = search.search(PositionSearchCriteria.ANY,
                    new PageRequest(page, 50, PositionSearchService.SORT_BY_NAME, SortDirection.ASCENDING));
            assertThat(result.total()).isEqualTo(expected.size());
            result.items().forEach(item -> seen.add(item.id()));
            if (result.items().size() < 50) {
                break;
            }
        }
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(search.search(PositionSearchCriteria.fromText(DemoFacts.romaMatricola(DemoFacts.HOTEL_MARINO)),
                PageRequest.first(10)).items()).extracting(PositionListItem::id).containsExactly(DemoFacts.HOTEL_MARINO);
    }

    @Test
    void ricerca_byNameAndFiscalCode_matchesPrefixesOnly_andTakesWildcardsLiterally() throws Exception {
        actAs("supervisore", "CLMMRC70P30D612A", Role.SUPERVISOR);
        assertThat(search.search(PositionSearchCriteria.fromText("Comune di T"), PageRequest.first(200)).items())
                .extracting(PositionListItem::id)
                .containsExactlyInAnyOrderElementsOf(ids("SELECT id FROM contribution_position"
                        + " WHERE holder_name LIKE 'Comune di T%'"))
                .contains(DemoFacts.COMUNE_TIVOLI_1, DemoFacts.COMUNE_TIVOLI_2);
        String fiscalCode = ids("SELECT holder_fiscal_code FROM contribution_position WHERE id = "
                + DemoFacts.ROSSI_COSTRUZIONI, String.class).get(0);
        assertThat(search.search(PositionSearchCriteria.fromText(fiscalCode), PageRequest.first(10)).items())
                .extracting(PositionListItem::id).containsExactly(DemoFacts.ROSSI_COSTRUZIONI);
        assertThat(search.search(new PositionSearchCriteria(null, null, "%", null, null), PageRequest.first(10))
                .items()).isEmpty();
        assertThat(search.search(new PositionSearchCriteria(null, null, "Comune_di", null, null),
                PageRequest.first(10)).items()).isEmpty();
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
        int amount = sections.columns(Section.PAYMENTS).stream().map(SectionColumn::key).toList().indexOf("amount");
        assertThat(payments.items()).extracting(row -> (BigDecimal) row.value(amount))
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void datore_filtersPaymentsByPeriodAndAmount_andPagesOn() throws Exception {
        actAs("datore", DemoFacts.DATORE, Role.EMPLOYER);
        long position = DemoFacts.ROSSI_COSTRUZIONI;
        List<String> keys = sections.columns(Section.PAYMENTS).stream().map(SectionColumn::key).toList();
        YearMonth last = YearMonth.now(ZoneId.of("Europe/Rome")).minusMonths(1);
        PeriodRange year = new PeriodRange(last.minusMonths(11), last);
        Page<SectionRow> inYear = sections.list(position, Section.PAYMENTS,
                new SectionFilter(year, Set.of(), AmountRange.ANY), new PageRequest(0, 200, null, SortDirection.DESCENDING));
        assertThat(inYear.total()).isPositive().isEqualTo(count("SELECT COUNT(*) FROM payment WHERE position_id = "
                + position + " AND competence_month BETWEEN '" + year.from().atDay(1) + "' AND '" + year.to().atDay(1) + "'"));
        assertThat(inYear.items()).hasSize((int) inYear.total())
                .allSatisfy(row -> assertThat(year.contains((YearMonth) row.value(keys.indexOf("period")))).isTrue())
                .extracting(row -> (LocalDate) row.value(keys.indexOf("paymentDate")))
                .isSortedAccordingTo(Comparator.reverseOrder());

        String byAmount = "SELECT amount FROM payment WHERE position_id = " + position + " ORDER BY amount LIMIT 1 OFFSET ";
        AmountRange amounts = new AmountRange(ids(byAmount + 100, BigDecimal.class).get(0),
                ids(byAmount + 200, BigDecimal.class).get(0));
        Page<SectionRow> inRange = sections.list(position, Section.PAYMENTS,
                new SectionFilter(PeriodRange.ANY, Set.of(), amounts), new PageRequest(0, 200, null, SortDirection.DESCENDING));
        assertThat(inRange.total()).isEqualTo(count("SELECT COUNT(*) FROM payment WHERE position_id = " + position
                + " AND amount BETWEEN " + amounts.min() + " AND " + amounts.max()));
        assertThat(inRange.total()).isGreaterThanOrEqualTo(101);
        assertThat(inRange.items()).hasSize((int) Math.min(200, inRange.total())).allSatisfy(row -> assertThat(
                (BigDecimal) row.value(keys.indexOf("amount"))).isBetween(amounts.min(), amounts.max()));

        Page<SectionRow> first = sections.list(position, Section.PAYMENTS, SectionFilter.NONE,
                new PageRequest(0, 50, null, SortDirection.DESCENDING));
        Page<SectionRow> second = sections.list(position, Section.PAYMENTS, SectionFilter.NONE,
                new PageRequest(1, 50, null, SortDirection.DESCENDING));
        assertThat(second.total()).isEqualTo(DemoDataSize.SMALL.largestPositionPayments());
        assertThat(second.items()).hasSize(50).extracting(SectionRow::id)
                .doesNotContainAnyElementsOf(first.items().stream().map(SectionRow::id).toList());
    }

    @Test
    void dipendenteEnte_filtersDebitNotesByStatus_andReadsAnAmortisationPlansInstalments() throws Exception {
        actAs("dipendente.ente", DemoFacts.DIPENDENTE_ENTE, Role.ENTITY_EMPLOYEE);
        long position = DemoFacts.COMUNE_TIVOLI_1;
        int status = sections.columns(Section.DEBIT_NOTES).stream().map(SectionColumn::key).toList().indexOf("status");
        Page<SectionRow> open = sections.list(position, Section.DEBIT_NOTES,
                new SectionFilter(PeriodRange.ANY, Set.of("OPEN"), AmountRange.ANY), PageRequest.first(50));
        assertThat(open.items()).isNotEmpty().allSatisfy(row -> assertThat(row.value(status)).isEqualTo("OPEN"));
        assertThat(open.total()).isEqualTo(count("SELECT COUNT(*) FROM debit_note WHERE position_id = " + position
                + " AND status = 'OPEN'"));

        Page<SectionRow> plans = sections.list(position, Section.AMORTISATION_PLANS, SectionFilter.NONE,
                PageRequest.first(10));
        assertThat(plans.items()).isNotEmpty();
        SectionRow plan = plans.items().get(0);
        int instalments = sections.columns(Section.AMORTISATION_PLANS).stream().map(SectionColumn::key).toList()
                .indexOf("instalmentCount");
        assertThat(sections.detail(position, Section.AMORTISATION_PLANS, plan.id()))
                .hasValueSatisfying(detail -> assertThat(detail.children()).hasSize((Integer) plan.value(instalments))
                        .extracting(row -> (Integer) row.value(0)).isSorted());
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
    void theHeaderOfAPosition_followsTheSameRule_andIsAudited() throws Exception {
        actAs("intermediario", DemoFacts.INTERMEDIARIO, Role.INTERMEDIARY);
        long granted = audited("intermediario", DemoFacts.TRATTORIA_DA_ENZO, "GRANTED");
        assertThat(positions.header(DemoFacts.TRATTORIA_DA_ENZO).matricola())
                .isEqualTo(DemoFacts.romaMatricola(DemoFacts.TRATTORIA_DA_ENZO));
        assertThat(audited("intermediario", DemoFacts.TRATTORIA_DA_ENZO, "GRANTED")).isEqualTo(granted + 1);

        long denied = audited("intermediario", DemoFacts.HOTEL_MARINO, "DENIED");
        assertThatThrownBy(() -> positions.header(DemoFacts.HOTEL_MARINO)).isInstanceOf(AccessDeniedException.class);
        assertThat(audited("intermediario", DemoFacts.HOTEL_MARINO, "DENIED")).isEqualTo(denied + 1);
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
    void datore_exportsTheFilteredPaymentsAsItalianCsv() throws Exception {
        actAs("datore", DemoFacts.DATORE, Role.EMPLOYER);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = sections.exportCsv(DemoFacts.ROSSI_COSTRUZIONI, Section.PAYMENTS, SectionFilter.NONE, null,
                SortDirection.DESCENDING, Locale.ITALIAN, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(rows).isEqualTo(DemoDataSize.SMALL.largestPositionPayments());
        assertThat(csv.lines().count()).isEqualTo(rows + 1);
        assertThat(csv.lines().findFirst()).hasValueSatisfying(h -> assertThat(h).contains("Data versamento;Canale"));

        YearMonth last = YearMonth.now(ZoneId.of("Europe/Rome")).minusMonths(1);
        PeriodRange year = new PeriodRange(last.minusMonths(11), last);
        ByteArrayOutputStream filtered = new ByteArrayOutputStream();
        long inYear = sections.exportCsv(DemoFacts.ROSSI_COSTRUZIONI, Section.PAYMENTS,
                new SectionFilter(year, Set.of(), AmountRange.ANY), "amount", SortDirection.ASCENDING, Locale.ITALIAN,
                filtered);
        assertThat(inYear).isPositive().isEqualTo(count("SELECT COUNT(*) FROM payment WHERE position_id = "
                + DemoFacts.ROSSI_COSTRUZIONI + " AND competence_month BETWEEN '" + year.from().atDay(1) + "' AND '"
                + year.to().atDay(1) + "'"));
        assertThat(filtered.toString(StandardCharsets.UTF_8).lines().count()).isEqualTo(inYear + 1);
    }

    private List<Long> ids(String sql) throws Exception {
        return ids(sql, Long.class);
    }

    private <T> List<T> ids(String sql, Class<T> type) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<T> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getObject(1, type));
            }
            return values;
        }
    }

    private long count(String sql) throws Exception {
        return ids(sql).get(0);
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
