package it.cassetto.delegation;

import it.cassetto.shared.security.DelegationScope;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;

/** What an intermediary fills in to ask for a delegation: the position, the scope and the validity. */
public record NewDelegation(@Positive long positionId, @NotNull DelegationScope scope, @NotNull LocalDate validFrom,
                           @NotNull LocalDate validTo) {
}
