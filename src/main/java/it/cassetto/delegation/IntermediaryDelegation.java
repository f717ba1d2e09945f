package it.cassetto.delegation;

import it.cassetto.shared.security.DelegationScope;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One of the intermediary's own delegations, as listed in "Gestione deleghe". {@code renewableFrom} is the
 * day renewal opens (null when the delegation has no end date or cannot be renewed any more).
 */
public record IntermediaryDelegation(long id, long positionId, String matricola, String holderName,
                                     String holderFiscalCode, DelegationScope scope, LocalDate validFrom,
                                     LocalDate validTo, DelegationState state, Instant requestedAt,
                                     Instant activatedAt, Instant codeExpiresAt, Long renewalOf, boolean renewable,
                                     LocalDate renewableFrom, int activeSubDelegations) {
}
