package it.cassetto.demo;

import static org.assertj.core.api.Assertions.assertThat;

import it.cassetto.shared.value.CodiceFiscale;
import it.cassetto.shared.value.PartitaIva;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoDataGeneratorTest {

    static final LocalDate REFERENCE = LocalDate.of(2026, 11, 23);
    static Map<String, List<Map<String, Object>>> data;

    /** Collects the generated rows per table as column-name maps. */
    static Map<String, List<Map<String, Object>>> generate(long seed, DemoDataSize size) throws Exception {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        new DemoDataGenerator(seed, size, REFERENCE).generate((table, values) -> {
            String[] columns = DemoDataGenerator.COLUMNS.get(table).split(",\\s*");
            assertThat(values).as(table).hasSize(columns.length);
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.length; i++) {
                row.put(columns[i], values[i]);
            }
            tables.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
        });
        return tables;
    }

    @BeforeAll
    static void generateTheDefaultDataset() throws Exception {
        data = generate(DemoDataGenerator.DEFAULT_SEED, DemoDataSize.SMALL);
    }

    static List<Map<String, Object>> rows(String table) {
        return data.getOrDefault(table, List.of());
    }

    static Map<String, Object> position(long id) {
        return rows("contribution_position").stream().filter(r -> r.get("id").equals(id)).findFirst().orElseThrow();
    }

    static Map<String, Object> contributorOf(long positionId) {
        Object contributorId = position(positionId).get("contributor_id");
        return rows("contributor").stream().filter(r -> r.get("id").equals(contributorId)).findFirst().orElseThrow();
    }

    static List<Map<String, Object>> delegationsOn(long positionId, String username) {
        return rows("delegation").stream().filter(r -> r.get("position_id").equals(positionId)
                && r.get("intermediary_username").equals(username)).toList();
    }

    @Test
    void theSameSeed_givesTheSameRows() throws Exception {
        assertThat(generate(DemoDataGenerator.DEFAULT_SEED, DemoDataSize.SMALL)).isEqualTo(data);
    }

    @Test
    void anotherSeed_givesOtherRandomPositionsButTheSameFixedOnes() throws Exception {
        Map<String, List<Map<String, Object>>> other = generate(7, DemoDataSize.SMALL);
        assertThat(other.get("contribution_position").get(20)).isNotEqualTo(rows("contribution_position").get(20));
        assertThat(other.get("contribution_position").get(0).get("matricola")).isEqualTo("7001000001");
    }

    @Test
    void theDefaultSize_hasAbout200PositionsBesidesTheDemoUsersOnes() {
        assertThat(rows("contribution_position")).hasSize(DemoDataSize.SMALL.positions());
        assertThat(DemoDataSize.SMALL.positions() - DemoFacts.FIXED_POSITIONS).isGreaterThanOrEqualTo(200);
    }

    @Test
    void everyFiscalCodeAndVatNumber_isValidAndUnique() {
        for (Map<String, Object> contributor : rows("contributor")) {
            assertThat(CodiceFiscale.isValid((String) contributor.get("fiscal_code"))).as(contributor.toString()).isTrue();
            assertThat(CodiceFiscale.isValid((String) contributor.get("legal_rep_fiscal_code"))).isTrue();
            if (contributor.get("vat_number") != null) {
                assertThat(PartitaIva.isValid((String) contributor.get("vat_number"))).isTrue();
            }
        }
        assertThat(rows("contributor").stream().map(r -> r.get("fiscal_code")).distinct().count())
                .isEqualTo(rows("contributor").size());
    }

    @Test
    void privateEmployers_haveATenDigitMatricolaStartingWithTheirOfficeCode() {
        Map<Object, Object> officeCodes = rows("office").stream()
                .collect(Collectors.toMap(r -> r.get("id"), r -> r.get("code")));
        for (Map<String, Object> position : rows("contribution_position")) {
            if ("PRIVATE_EMPLOYER".equals(position.get("kind"))) {
                assertThat((String) position.get("matricola")).matches("[0-9]{10}")
                        .startsWith((String) officeCodes.get(position.get("office_id")));
            } else {
                assertThat(position.get("matricola")).isNull();
            }
        }
        assertThat(rows("contribution_position").stream().map(r -> r.get("matricola")).filter(m -> m != null)
                .distinct().count()).isEqualTo(rows("contribution_position").stream()
                .filter(r -> r.get("matricola") != null).count());
    }

    @Test
    void all107ProvincesBelongToExactlyOneOffice() {
        assertThat(rows("office_province")).hasSize(107);
        assertThat(rows("office_province").stream().map(r -> r.get("province_code")).distinct()).hasSize(107);
    }

    @Test
    void datore_isLegalRepresentativeOfTwoPrivateEmployers() {
        List<Object> positions = rows("contribution_position").stream()
                .filter(p -> DemoFacts.DATORE.equals(contributorOf((Long) p.get("id")).get("legal_rep_fiscal_code")))
                .map(p -> p.get("id")).toList();
        assertThat(positions).containsExactly(DemoFacts.ROSSI_COSTRUZIONI, DemoFacts.ROSSI_LOGISTICA);
        assertThat(position(DemoFacts.ROSSI_COSTRUZIONI).get("matricola"))
                .isEqualTo(DemoFacts.romaMatricola(DemoFacts.ROSSI_COSTRUZIONI));
    }

    @Test
    void dipendenteEnte_isDelegatedByTheEntityOfTheTwoPublicAdministrationPositions() {
        assertThat(rows("employee_delegation")).singleElement().satisfies(d -> {
            assertThat(d.get("employee_username")).isEqualTo("dipendente.ente");
            assertThat(d.get("employee_fiscal_code")).isEqualTo(DemoFacts.DIPENDENTE_ENTE);
            assertThat(d.get("contributor_id")).isEqualTo(position(DemoFacts.COMUNE_TIVOLI_1).get("contributor_id"));
            assertThat(d.get("status")).isEqualTo("ACTIVE");
        });
        assertThat(position(DemoFacts.COMUNE_TIVOLI_2).get("contributor_id"))
                .isEqualTo(position(DemoFacts.COMUNE_TIVOLI_1).get("contributor_id"));
        assertThat(position(DemoFacts.COMUNE_TIVOLI_1).get("kind")).isEqualTo("PUBLIC_ADMINISTRATION");
    }

    @Test
    void intermediario_hasFiveActiveDelegationsOneReadOnly_oneExpired_oneRevoked_andNoneOnHotelMarino() {
        List<Map<String, Object>> mine = rows("delegation").stream()
                .filter(d -> "intermediario".equals(d.get("intermediary_username"))).toList();
        assertThat(mine.stream().filter(d -> d.get("status").equals("ACTIVE")).map(d -> d.get("position_id")))
                .containsExactlyInAnyOrder(DemoFacts.TRATTORIA_DA_ENZO, DemoFacts.FERRAMENTA_COLOMBO,
                        DemoFacts.PANIFICIO_ESPOSITO, DemoFacts.AUTOFFICINA_RICCI, DemoFacts.TIPOGRAFIA_MORETTI);
        assertThat(delegationsOn(DemoFacts.AUTOFFICINA_RICCI, "intermediario").get(0).get("scope")).isEqualTo("READ_ONLY");
        Map<String, Object> expired = delegationsOn(DemoFacts.STUDIO_DENTISTICO_GALLI, "intermediario").get(0);
        assertThat(expired.get("status")).isEqualTo("EXPIRED");
        assertThat((LocalDate) expired.get("valid_to")).isBefore(REFERENCE);
        assertThat(delegationsOn(DemoFacts.BAR_CENTRALE, "intermediario").get(0).get("status")).isEqualTo("REVOKED");
        assertThat(delegationsOn(DemoFacts.HOTEL_MARINO, "intermediario")).isEmpty();
        assertThat(delegationsOn(DemoFacts.HOTEL_MARINO, "studio.verdi")).hasSize(1);
        for (Map<String, Object> d : mine) {
            if (d.get("status").equals("ACTIVE")) {
                assertThat((LocalDate) d.get("valid_from")).isBeforeOrEqualTo(REFERENCE);
                assertThat((LocalDate) d.get("valid_to")).isAfter(REFERENCE);
            }
        }
    }

    @Test
    void collaboratore_hasActiveSubDelegationsOnTwoOfIntermediariosPositions() {
        Map<Object, Object> positionOfDelegation = rows("delegation").stream()
                .collect(Collectors.toMap(d -> d.get("id"), d -> d.get("position_id")));
        Set<Object> active = rows("sub_delegation").stream()
                .filter(s -> "collaboratore".equals(s.get("staff_username")) && "ACTIVE".equals(s.get("status")))
                .map(s -> positionOfDelegation.get(s.get("delegation_id"))).collect(Collectors.toSet());
        assertThat(active).containsExactlyInAnyOrder(DemoFacts.TRATTORIA_DA_ENZO, DemoFacts.FERRAMENTA_COLOMBO);
    }

    @Test
    void operatori_workInRomaAndMilano_andRomaIsCompetentForMostPositions() {
        assertThat(rows("office_member")).extracting(r -> r.get("username") + "@" + r.get("office_id"))
                .containsExactly("operatore@1", "operatore2@2");
        long inRoma = rows("contribution_position").stream().filter(p -> p.get("office_id").equals(1L)).count();
        assertThat(inRoma).isGreaterThan(rows("contribution_position").size() / 2);
        assertThat(position(DemoFacts.TIPOGRAFIA_MORETTI).get("office_id")).isEqualTo(DemoFacts.OFFICE_MILANO);
    }

    @Test
    void theLargestPosition_hasTheRequestedNumberOfPayments_andOthersTheirs() {
        Map<Object, Long> perPosition = rows("payment").stream()
                .collect(Collectors.groupingBy(p -> p.get("position_id"), Collectors.counting()));
        assertThat(perPosition.get(DemoFacts.ROSSI_COSTRUZIONI)).isEqualTo(DemoDataSize.SMALL.largestPositionPayments());
        assertThat(perPosition.get(DemoFacts.ROSSI_LOGISTICA)).isEqualTo(DemoDataSize.SMALL.paymentsPerPosition());
    }

    @Test
    void paymentsAreInThePastWithPositiveAmountsAndPeriodsBeforeTheirPaymentDate() {
        for (Map<String, Object> payment : rows("payment")) {
            assertThat((LocalDate) payment.get("payment_date")).isBeforeOrEqualTo(REFERENCE)
                    .isAfter((LocalDate) payment.get("competence_month"));
            assertThat((BigDecimal) payment.get("amount")).isPositive();
        }
    }

    @Test
    void theShowcasePositions_haveOpenDebitNotesAndDeclarationsWithErrors() {
        for (long id : new long[] {DemoFacts.ROSSI_COSTRUZIONI, DemoFacts.COMUNE_TIVOLI_1}) {
            assertThat(rows("debit_note")).anyMatch(n -> n.get("position_id").equals(id) && "OPEN".equals(n.get("status")));
            assertThat(rows("declaration")).anyMatch(d -> d.get("position_id").equals(id)
                    && "WITH_ERRORS".equals(d.get("status")));
        }
        assertThat(rows("amortisation_plan")).anyMatch(p -> p.get("position_id").equals(DemoFacts.COMUNE_TIVOLI_1));
        assertThat(rows("declaration")).anyMatch(d -> d.get("position_id").equals(DemoFacts.COMUNE_TIVOLI_1)
                && "LISTAPOSPA".equals(d.get("kind")));
    }

    @Test
    void declarationsWithErrors_haveAsManyErrorRowsAsTheyCount() {
        Map<Object, Long> errors = rows("declaration_error").stream()
                .collect(Collectors.groupingBy(e -> e.get("declaration_id"), Collectors.counting()));
        for (Map<String, Object> declaration : rows("declaration")) {
            assertThat(errors.getOrDefault(declaration.get("id"), 0L))
                    .isEqualTo(((Integer) declaration.get("error_count")).longValue());
        }
    }

    @Test
    void amortisationInstalments_addUpToThePlansAmount() {
        Map<Object, BigDecimal> sums = rows("amortisation_instalment").stream().collect(Collectors.groupingBy(
                i -> i.get("plan_id"), Collectors.reducing(BigDecimal.ZERO, i -> (BigDecimal) i.get("amount"),
                        BigDecimal::add)));
        for (Map<String, Object> plan : rows("amortisation_plan")) {
            assertThat(sums.get(plan.get("id"))).isEqualByComparingTo((BigDecimal) plan.get("amount"));
        }
    }

    @Test
    void theBenchmarkSize_makesOverAMillionPaymentsOverTenThousandPositions() {
        DemoDataSize size = DemoDataSize.BENCHMARK;
        long payments = (long) (size.positions() - 1) * size.paymentsPerPosition() + size.largestPositionPayments();
        assertThat(size.positions()).isEqualTo(10_000);
        assertThat(payments).isGreaterThanOrEqualTo(1_000_000);
        assertThat(size.largestPositionPayments()).isEqualTo(10_000);
    }
}
