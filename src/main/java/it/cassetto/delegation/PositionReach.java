package it.cassetto.delegation;

import java.util.Set;

/**
 * Which positions a caller may reach, as Ricerca filters them: every position, or those of the given
 * offices, of contributors whose legal representative has the given fiscal code, of the given
 * contributors (entity-employee delegations) or with the given ids (delegations and sub-delegations).
 * The same rules as {@link it.cassetto.shared.security.AccessRules}, for READ, as sets.
 */
public record PositionReach(boolean everyPosition, Set<Long> officeIds, String legalRepresentativeFiscalCode,
                            Set<Long> contributorIds, Set<Long> positionIds) {

    public PositionReach {
        officeIds = Set.copyOf(officeIds);
        contributorIds = Set.copyOf(contributorIds);
        positionIds = Set.copyOf(positionIds);
    }

    public static final PositionReach NOTHING = new PositionReach(false, Set.of(), null, Set.of(), Set.of());

    public boolean isEmpty() {
        return !everyPosition && officeIds.isEmpty() && legalRepresentativeFiscalCode == null
                && contributorIds.isEmpty() && positionIds.isEmpty();
    }
}
