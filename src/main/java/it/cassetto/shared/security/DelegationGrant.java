package it.cassetto.shared.security;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One delegation (or sub-delegation) as the access rules see it: to whom (username and fiscal code),
 * with which scope, from when to when (validTo null: open-ended) and in which status.
 */
public record DelegationGrant(String delegateUsername, String delegateFiscalCode, DelegationScope scope,
                              LocalDate validFrom, LocalDate validTo, DelegationStatus status) {

    public DelegationGrant {
        Objects.requireNonNull(delegateUsername, "delegateUsername");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(status, "status");
    }

    /** Whether it is ACTIVE and today lies between its first and last day, both included. */
    public boolean isInForceOn(LocalDate today) {
        return status == DelegationStatus.ACTIVE && !today.isBefore(validFrom)
                && (validTo == null || !today.isAfter(validTo));
    }

    /** Whether it was given to this caller: same username and same fiscal code. */
    public boolean isFor(CallerIdentity caller) {
        return delegateUsername.equals(caller.username()) && delegateFiscalCode != null
                && delegateFiscalCode.equalsIgnoreCase(caller.fiscalCode());
    }
}
