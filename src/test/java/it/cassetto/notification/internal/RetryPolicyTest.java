package it.cassetto.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(15), 12);

    @Test
    void theDelayDoublesAfterEachFailedAttempt() {
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(policy.delayAfter(6)).isEqualTo(Duration.ofSeconds(160));
    }

    @Test
    void theDelayNeverExceedsTheMaximum() {
        assertThat(policy.delayAfter(9)).isEqualTo(Duration.ofMinutes(15));
        assertThat(policy.delayAfter(1_000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void afterTheLastAttempt_thereIsNoRetry() {
        assertThat(policy.retriesAfter(11)).isTrue();
        assertThat(policy.retriesAfter(12)).isFalse();
    }

    @Test
    void aPolicyWithoutAttemptsOrWithAShorterMaximum_isRefused() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(5), Duration.ofSeconds(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(5), Duration.ofSeconds(10), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
