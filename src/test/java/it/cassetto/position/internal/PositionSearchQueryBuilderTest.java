package it.cassetto.position.internal;

import static org.assertj.core.api.Assertions.assertThat;

import it.cassetto.delegation.PositionReach;
import it.cassetto.position.PositionKind;
import it.cassetto.position.PositionSearchCriteria;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PositionSearchQueryBuilderTest {

    static final PositionReach EVERYTHING = new PositionReach(true, Set.of(), null, Set.of(), Set.of());

    @Test
    void theSupervisor_searchesEveryPositionSortedByName() {
        SqlQuery query = new PositionSearchQueryBuilder(EVERYTHING, PositionSearchCriteria.ANY).page(0, 25, false);
        assertThat(query.sql()).doesNotContain("WHERE").endsWith("ORDER BY p.holder_name ASC, p.id ASC LIMIT 25 OFFSET 0");
    }

    @Test
    void aCallerWithoutReach_findsNothing() {
        SqlQuery query = new PositionSearchQueryBuilder(new PositionReach(false, Set.of(), null, Set.of(), Set.of()),
                PositionSearchCriteria.ANY).page(0, 25, false);
        assertThat(query.sql()).contains("WHERE (1 = 0)");
    }

    @Test
    void theReachParts_areAlternativesAndTheCriteriaAllApply() {
        PositionReach reach = new PositionReach(false, Set.of(1L), "RSSMRA75C12H501H", Set.of(3L), Set.of(9L, 5L));
        SqlQuery query = new PositionSearchQueryBuilder(reach,
                new PositionSearchCriteria(null, null, "Rossi", PositionKind.PRIVATE_EMPLOYER, null)).page(0, 25, false);
        assertThat(query.sql()).contains("WHERE (p.office_id IN (1) OR p.contributor_id IN (SELECT c.id FROM contributor c"
                + " WHERE c.legal_rep_fiscal_code = ?1) OR p.contributor_id IN (3) OR p.id IN (5, 9))"
                + " AND p.holder_name LIKE ?2 AND p.kind = ?3");
        assertThat(query.parameters()).containsExactly("RSSMRA75C12H501H", "Rossi%", "PRIVATE_EMPLOYER");
    }

    @Test
    void likeWildcardsTypedByTheUser_areEscaped() {
        SqlQuery query = new PositionSearchQueryBuilder(EVERYTHING,
                new PositionSearchCriteria(null, null, "100%_x", null, null)).page(0, 25, false);
        assertThat(query.parameters()).containsExactly("100\\%\\_x%");
    }

    @Test
    void freeText_isReadAsMatricolaFiscalCodeOrName() {
        assertThat(PositionSearchCriteria.fromText("7001000005").matricola()).isEqualTo("7001000005");
        assertThat(PositionSearchCriteria.fromText("rssmra75c12h501h").fiscalCode()).isEqualTo("RSSMRA75C12H501H");
        assertThat(PositionSearchCriteria.fromText("80012345678").fiscalCode()).isEqualTo("80012345678");
        assertThat(PositionSearchCriteria.fromText("  Hotel Marino ").name()).isEqualTo("Hotel Marino");
        assertThat(PositionSearchCriteria.fromText(" ")).isEqualTo(PositionSearchCriteria.ANY);
    }
}
