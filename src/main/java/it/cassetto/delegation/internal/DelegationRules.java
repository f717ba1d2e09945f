package it.cassetto.delegation.internal;

import it.cassetto.delegation.DelegationRefusedException;
import it.cassetto.delegation.DelegationState;
import it.cassetto.shared.security.DelegationScope;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

/**
 * The rules of the delegation life cycle that need no database: the state a person sees, the allowed
 * validity of a new delegation, renewal and the limits of a sub-delegation or an employee's delegation.
 * Every refusal is a {@link DelegationRefusedException} with the key of its message.
 */
public final class DelegationRules {

    /** A delegation lasts at most this long. */
    public static final Period MAX_VALIDITY = Period.ofYears(5);
    /** A delegation may start at most this far ahead. */
    public static final Period MAX_START_AHEAD = Period.ofDays(30);
    /** Renewal opens this long before the end date. */
    public static final Period RENEWAL_WINDOW = Period.ofDays(60);

    private DelegationRules() {
    }

    /** The state shown for a stored status on {@code today} at {@code now}. */
    public static DelegationState stateOf(String storedStatus, LocalDate validTo, Instant codeExpiresAt,
                                          LocalDate today, Instant now) {
        return switch (storedStatus) {
            case "ACTIVE" -> validTo != null && validTo.isBefore(today) ? DelegationState.EXPIRED
                    : DelegationState.ACTIVE;
            case "REQUESTED" -> codeExpiresAt != null && !now.isBefore(codeExpiresAt) ? DelegationState.EXPIRED
                    : DelegationState.REQUESTED;
            default -> DelegationState.valueOf(storedStatus);
        };
    }

    /** Checks the validity chosen for a new delegation. */
    public static void checkValidity(LocalDate from, LocalDate to, LocalDate today) {
        if (from == null || to == null) {
            throw new DelegationRefusedException("delegation.error.validity-required");
        }
        if (from.isBefore(today)) {
            throw new DelegationRefusedException("delegation.error.starts-in-the-past");
        }
        if (from.isAfter(today.plus(MAX_START_AHEAD))) {
            throw new DelegationRefusedException("delegation.error.starts-too-late", MAX_START_AHEAD.getDays());
        }
        if (!to.isAfter(from)) {
            throw new DelegationRefusedException("delegation.error.ends-before-start");
        }
        if (to.isAfter(from.plus(MAX_VALIDITY))) {
            throw new DelegationRefusedException("delegation.error.too-long", MAX_VALIDITY.getYears());
        }
    }

    /** Whether an active delegation ending on {@code validTo} may be renewed on {@code today}. */
    public static boolean renewable(DelegationState state, LocalDate validTo, LocalDate today,
                                    boolean renewalPending) {
        return state == DelegationState.ACTIVE && validTo != null && !validTo.isBefore(today)
                && !validTo.isAfter(today.plus(RENEWAL_WINDOW)) && !renewalPending;
    }

    /** The day renewal opens for a delegation ending on {@code validTo}. */
    public static LocalDate renewableFrom(LocalDate validTo) {
        return validTo.minus(RENEWAL_WINDOW);
    }

    /**
     * Checks a sub-delegation (or an employee's delegation within an employer's own reach): never wider than
     * what it derives from, in scope or in time.
     *
     * @param parentTo end of the delegation it derives from, null when open-ended
     */
    public static void checkNarrower(DelegationScope parentScope, LocalDate parentTo, DelegationScope scope,
                                     LocalDate to, LocalDate today) {
        if (scope == null || to == null) {
            throw new DelegationRefusedException("delegation.error.validity-required");
        }
        if (parentScope == DelegationScope.READ_ONLY && scope == DelegationScope.READ_AND_SEND) {
            throw new DelegationRefusedException("delegation.error.scope-wider");
        }
        if (to.isBefore(today)) {
            throw new DelegationRefusedException("delegation.error.ends-before-start");
        }
        if (parentTo != null && to.isAfter(parentTo)) {
            throw new DelegationRefusedException("delegation.error.longer-than-delegation", parentTo);
        }
    }
}
