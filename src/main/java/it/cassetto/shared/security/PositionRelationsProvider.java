package it.cassetto.shared.security;

import java.time.LocalDate;

/**
 * Loads, in one query, how a caller relates to a position. Implemented by the delegation feature, which
 * owns delegations, sub-delegations and office membership; see docs/decisions/DD002.
 */
public interface PositionRelationsProvider {

    PositionRelations load(CallerIdentity caller, long positionId, LocalDate today);
}
