package it.cassetto.shared.security;

import static it.cassetto.shared.security.PositionRelationsBuilder.GrantBuilder.aDelegation;
import static it.cassetto.shared.security.PositionRelationsBuilder.aPosition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PositionAccessGuardTest {

    record Audited(Instant at, String username, long positionId, String section, Action action, boolean granted,
                   AccessDecision.Reason reason) {
    }

    final List<Audited> audit = new ArrayList<>();
    final List<LocalDate> daysAsked = new ArrayList<>();
    PositionRelations relations;
    CallerIdentity caller = new CallerIdentity("intermediario", "Giulia Bianchi", "BNCGLI79S43L219T",
            Set.of(Role.INTERMEDIARY));
    PositionAccessGuard guard;

    @BeforeEach
    void wireTheGuardWithFakes() {
        guard = new PositionAccessGuard();
        guard.currentUser = new CurrentUser() {
            @Override
            public CallerIdentity require() {
                return caller;
            }
        };
        guard.relationsProvider = (who, positionId, today) -> {
            daysAsked.add(today);
            return relations;
        };
        guard.auditTrail = new AccessAuditTrail() {
            @Override
            public void record(Instant at, CallerIdentity who, long positionId, String section, Action action,
                               AccessDecision decision) {
                audit.add(new Audited(at, who.username(), positionId, section, action, decision.granted(),
                        decision.reason()));
            }
        };
        // 23:30 UTC on 31 December is already 1 January in Italy.
        guard.clock = Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneOffset.UTC);
    }

    @Test
    void grantedAccess_isAuditedAndReturnsTheDecision() {
        relations = aPosition().delegatedTo(aDelegation().to(caller).build()).build();
        AccessDecision decision = guard.check(42, "payments", Action.READ);
        assertThat(decision.granted()).isTrue();
        assertThat(audit).containsExactly(new Audited(Instant.parse("2026-12-31T23:30:00Z"), "intermediario", 42,
                "payments", Action.READ, true, AccessDecision.Reason.INTERMEDIARY_DELEGATION));
    }

    @Test
    void deniedAccess_isAuditedThenThrows() {
        relations = aPosition().build();
        assertThatThrownBy(() -> guard.check(42, "debit-notes", Action.READ))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audit).singleElement().satisfies(a -> {
            assertThat(a.granted()).isFalse();
            assertThat(a.section()).isEqualTo("debit-notes");
            assertThat(a.reason()).isEqualTo(AccessDecision.Reason.NO_RELATION);
        });
    }

    @Test
    void delegationDays_areCountedInItalianTime() {
        relations = aPosition().delegatedTo(aDelegation().to(caller).validTo(LocalDate.of(2026, 12, 31)).build())
                .build();
        assertThatThrownBy(() -> guard.check(42, "summary", Action.READ)).isInstanceOf(AccessDeniedException.class);
        assertThat(daysAsked).containsExactly(LocalDate.of(2027, 1, 1));
    }
}
