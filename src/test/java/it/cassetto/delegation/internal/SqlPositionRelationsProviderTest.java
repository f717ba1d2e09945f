package it.cassetto.delegation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import it.cassetto.shared.security.DelegationScope;
import it.cassetto.shared.security.DelegationStatus;
import it.cassetto.shared.security.PositionRelations;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlPositionRelationsProviderTest {

    static final Date FROM = Date.valueOf(LocalDate.of(2025, 1, 1));
    static final Date TO = Date.valueOf(LocalDate.of(2027, 1, 1));

    @Test
    void noRows_meansThePositionDoesNotExist() {
        assertThat(SqlPositionRelationsProvider.toRelations(5, List.of()).exists()).isFalse();
    }

    @Test
    void aPositionWithoutDelegations_hasOnlyItsLegalRepresentativeAndOffice() {
        PositionRelations relations = SqlPositionRelationsProvider.toRelations(5, List.<Object[]>of(new Object[] {
                "RSSMRA75C12H501H", 1L, null, null, null, null, null, null, null, null, null, null, null, null, null}));
        assertThat(relations.exists()).isTrue();
        assertThat(relations.inCallersOffice()).isTrue();
        assertThat(relations.legalRepresentativeFiscalCode()).isEqualTo("RSSMRA75C12H501H");
        assertThat(relations.intermediaryDelegations()).isEmpty();
        assertThat(relations.subDelegations()).isEmpty();
        assertThat(relations.employeeDelegations()).isEmpty();
    }

    @Test
    void eachRowKind_becomesItsRelation() {
        PositionRelations relations = SqlPositionRelationsProvider.toRelations(5, List.of(
                new Object[] {"X", 0, "I", "intermediario", "BNCGLI79S43L219T", "READ_ONLY", FROM, null, "ACTIVE",
                        null, null, null, null, null, null},
                new Object[] {"X", 0, "S", "collaboratore", "SPSPLA90E18F839A", "READ_AND_SEND", FROM, TO, "REVOKED",
                        "intermediario", "BNCGLI79S43L219T", "READ_ONLY", FROM, TO, "LOCKED"},
                new Object[] {"X", 0, "E", "dipendente.ente", "FRRLCU82L65F205L", "READ_AND_SEND", FROM, TO, "EXPIRED",
                        null, null, null, null, null, null}));
        assertThat(relations.inCallersOffice()).isFalse();
        assertThat(relations.intermediaryDelegations()).singleElement().satisfies(d -> {
            assertThat(d.scope()).isEqualTo(DelegationScope.READ_ONLY);
            assertThat(d.validTo()).isNull();
            assertThat(d.validFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        });
        assertThat(relations.subDelegations()).singleElement().satisfies(s -> {
            assertThat(s.own().status()).isEqualTo(DelegationStatus.REVOKED);
            assertThat(s.parent().status()).isEqualTo(DelegationStatus.LOCKED);
            assertThat(s.parent().delegateUsername()).isEqualTo("intermediario");
        });
        assertThat(relations.employeeDelegations()).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(DelegationStatus.EXPIRED));
    }

    @Test
    void theQuery_readsOnlyTheCallersRelationsToThatPosition() {
        assertThat(SqlPositionRelationsProvider.SQL)
                .contains("WHERE p.id = ?2")
                .contains("d.position_id = ?2 AND s.staff_username = ?1")
                .contains("d.position_id = ?2 AND d.intermediary_username = ?1")
                .contains("ep.id = ?2 AND e.employee_username = ?1");
    }
}
