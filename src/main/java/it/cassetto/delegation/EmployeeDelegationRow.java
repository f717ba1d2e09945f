package it.cassetto.delegation;

import it.cassetto.shared.security.DelegationScope;
import java.time.LocalDate;

/** An employee whom the employer (legal representative) delegated on all positions of one contributor. */
public record EmployeeDelegationRow(long id, long contributorId, String contributorName, String employeeUsername,
                                    String employeeFiscalCode, DelegationScope scope, LocalDate validFrom,
                                    LocalDate validTo, DelegationState state) {
}
