package it.cassetto.notification.internal;

import java.time.Duration;

/**
 * When to try a notification again: exponential backoff from {@code firstDelay}, doubling at each failed
 * attempt up to {@code maxDelay}, giving up after {@code maxAttempts}.
 */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {

    public RetryPolicy {
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("invalid retry policy");
        }
    }

    /** Whether another attempt follows the failed attempt number {@code attempt} (1-based). */
    public boolean retriesAfter(int attempt) {
        return attempt < maxAttempts;
    }

    /** The wait after the failed attempt number {@code attempt} (1-based). */
    public Duration delayAfter(int attempt) {
        Duration delay = firstDelay;
        for (int i = 1; i < attempt && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
