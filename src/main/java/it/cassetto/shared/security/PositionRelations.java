package it.cassetto.shared.security;

import java.util.List;

/**
 * Everything that relates one caller to one position, loaded at once for the access rules: whether the
 * position exists, its legal representative's fiscal code, whether its office is one the caller works
 * in, and the caller's delegations on it (as entity employee, intermediary, intermediary's staff).
 */
public record PositionRelations(long positionId, boolean exists, String legalRepresentativeFiscalCode,
                                boolean inCallersOffice, List<DelegationGrant> employeeDelegations,
                                List<DelegationGrant> intermediaryDelegations,
                                List<SubDelegationGrant> subDelegations) {

    public PositionRelations {
        employeeDelegations = List.copyOf(employeeDelegations);
        intermediaryDelegations = List.copyOf(intermediaryDelegations);
        subDelegations = List.copyOf(subDelegations);
    }

    /** The relations of a position that does not exist. */
    public static PositionRelations unknown(long positionId) {
        return new PositionRelations(positionId, false, null, false, List.of(), List.of(), List.of());
    }

    /** A position with no relation at all to the caller. */
    public static PositionRelations unrelated(long positionId, String legalRepresentativeFiscalCode) {
        return new PositionRelations(positionId, true, legalRepresentativeFiscalCode, false, List.of(), List.of(),
                List.of());
    }

    static boolean sameCode(String a, String b) {
        return a != null && b != null && a.equalsIgnoreCase(b);
    }

}
