package it.cassetto.delegation;

import it.cassetto.shared.security.DelegationScope;
import java.time.Instant;
import java.time.LocalDate;

/** A delegation that an intermediary holds, or asked for, on one of the employer's own positions. */
public record EmployerDelegationRow(long id, long positionId, String matricola, String holderName, String firmName,
                                    String intermediaryUsername, String intermediaryFiscalCode,
                                    DelegationScope scope, LocalDate validFrom, LocalDate validTo,
                                    Instant activatedAt, DelegationState state) {
}
