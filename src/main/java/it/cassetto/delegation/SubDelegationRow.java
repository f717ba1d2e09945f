package it.cassetto.delegation;

import it.cassetto.shared.security.DelegationScope;
import java.time.LocalDate;

/** A sub-delegation of one of the intermediary's delegations to a member of its staff. */
public record SubDelegationRow(long id, long delegationId, long positionId, String matricola, String holderName,
                               String staffUsername, String staffFiscalCode, DelegationScope scope,
                               LocalDate validFrom, LocalDate validTo, DelegationState state) {
}
