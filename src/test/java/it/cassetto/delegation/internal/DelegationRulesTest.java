package it.cassetto.delegation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cassetto.delegation.DelegationRefusedException;
import it.cassetto.delegation.DelegationState;
import it.cassetto.shared.security.DelegationScope;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DelegationRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void anActiveDelegationPastItsEnd_isShownExpired() {
        assertThat(DelegationRules.stateOf("ACTIVE", TODAY.minusDays(1), null, TODAY, NOW))
                .isEqualTo(DelegationState.EXPIRED);
        assertThat(DelegationRules.stateOf("ACTIVE", TODAY, null, TODAY, NOW)).isEqualTo(DelegationState.ACTIVE);
        assertThat(DelegationRules.stateOf("ACTIVE", null, null, TODAY, NOW)).isEqualTo(DelegationState.ACTIVE);
    }

    @Test
    void aRequestWhoseCodeExpired_isShownExpired() {
        assertThat(DelegationRules.stateOf("REQUESTED", TODAY.plusYears(1), NOW, TODAY, NOW))
                .isEqualTo(DelegationState.EXPIRED);
        assertThat(DelegationRules.stateOf("REQUESTED", TODAY.plusYears(1), NOW.plusSeconds(1), TODAY, NOW))
                .isEqualTo(DelegationState.REQUESTED);
        assertThat(DelegationRules.stateOf("LOCKED", null, null, TODAY, NOW)).isEqualTo(DelegationState.LOCKED);
    }

    @Test
    void aNewDelegation_startsTodayOrWithinThirtyDays_andLastsAtMostFiveYears() {
        assertThatCode(() -> DelegationRules.checkValidity(TODAY, TODAY.plusYears(5), TODAY)).doesNotThrowAnyException();
        assertRefused(() -> DelegationRules.checkValidity(TODAY.minusDays(1), TODAY.plusYears(1), TODAY),
                "delegation.error.starts-in-the-past");
        assertRefused(() -> DelegationRules.checkValidity(TODAY.plusDays(31), TODAY.plusYears(1), TODAY),
                "delegation.error.starts-too-late");
        assertRefused(() -> DelegationRules.checkValidity(TODAY, TODAY, TODAY), "delegation.error.ends-before-start");
        assertRefused(() -> DelegationRules.checkValidity(TODAY, TODAY.plusYears(5).plusDays(1), TODAY),
                "delegation.error.too-long");
    }

    @Test
    void renewalOpensSixtyDaysBeforeTheEnd_onlyOnce_andNotAfterExpiry() {
        assertThat(DelegationRules.renewable(DelegationState.ACTIVE, TODAY.plusDays(60), TODAY, false)).isTrue();
        assertThat(DelegationRules.renewable(DelegationState.ACTIVE, TODAY.plusDays(61), TODAY, false)).isFalse();
        assertThat(DelegationRules.renewable(DelegationState.ACTIVE, TODAY.plusDays(10), TODAY, true)).isFalse();
        assertThat(DelegationRules.renewable(DelegationState.EXPIRED, TODAY.minusDays(1), TODAY, false)).isFalse();
        assertThat(DelegationRules.renewable(DelegationState.ACTIVE, null, TODAY, false)).isFalse();
        assertThat(DelegationRules.renewableFrom(TODAY.plusDays(90))).isEqualTo(TODAY.plusDays(30));
    }

    @Test
    void aSubDelegation_isNeverWiderThanItsDelegation() {
        LocalDate end = TODAY.plusYears(1);
        assertThatCode(() -> DelegationRules.checkNarrower(DelegationScope.READ_AND_SEND, end,
                DelegationScope.READ_ONLY, end, TODAY)).doesNotThrowAnyException();
        assertThatCode(() -> DelegationRules.checkNarrower(DelegationScope.READ_AND_SEND, null,
                DelegationScope.READ_AND_SEND, TODAY.plusYears(3), TODAY)).doesNotThrowAnyException();
        assertRefused(() -> DelegationRules.checkNarrower(DelegationScope.READ_ONLY, end,
                DelegationScope.READ_AND_SEND, end, TODAY), "delegation.error.scope-wider");
        assertRefused(() -> DelegationRules.checkNarrower(DelegationScope.READ_AND_SEND, end,
                DelegationScope.READ_ONLY, end.plusDays(1), TODAY), "delegation.error.longer-than-delegation");
        assertRefused(() -> DelegationRules.checkNarrower(DelegationScope.READ_AND_SEND, end,
                DelegationScope.READ_ONLY, TODAY.minusDays(1), TODAY), "delegation.error.ends-before-start");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DelegationRefusedException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
