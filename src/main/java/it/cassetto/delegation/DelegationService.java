package it.cassetto.delegation;

import it.cassetto.delegation.internal.PositionDelegations;
import it.cassetto.delegation.internal.ReachQueries;
import it.cassetto.shared.security.Action;
import it.cassetto.shared.security.CallerIdentity;
import it.cassetto.shared.security.CurrentUser;
import it.cassetto.shared.security.PositionAccessGuard;
import it.cassetto.shared.security.Role;
import it.cassetto.shared.security.SecuredService;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The delegation data as other features need it: which positions the caller reaches through roles,
 * offices and delegations. The one-position check is {@link PositionAccessGuard}'s, fed by
 * {@link it.cassetto.delegation.internal.SqlPositionRelationsProvider}.
 */
@ApplicationScoped
@SecuredService
@PermitAll
@Transactional
public class DelegationService {

    /** At most this many positions are reached through delegations (the Ricerca filter stays bounded). */
    public static final int MAX_DELEGATED_POSITIONS = 20_000;

    @Inject
    CurrentUser currentUser;

    @Inject
    PositionAccessGuard guard;

    @Inject
    ReachQueries queries;

    @Inject
    PositionDelegations positionDelegations;

    /** Section code of the delegations list in the access audit. */
    public static final String SECTION = "delegations";

    /** The positions the current caller may read today. */
    public PositionReach reachOfCurrentCaller() {
        return reach(currentUser.require(), guard.today());
    }

    /**
     * The delegations in force today on a position the caller may read (to intermediaries, their staff and
     * the contributor's employees), at most {@link PositionDelegations#MAX}; asks the guard first.
     */
    public List<DelegationInForce> delegationsInForce(@Positive long positionId) {
        guard.check(positionId, SECTION, Action.READ);
        return positionDelegations.inForce(positionId, guard.today());
    }

    PositionReach reach(CallerIdentity caller, LocalDate today) {
        if (caller.hasRole(Role.SUPERVISOR)) {
            return new PositionReach(true, Set.of(), null, Set.of(), Set.of());
        }
        Set<Long> offices = caller.hasRole(Role.OPERATOR) ? queries.officesOf(caller) : Set.of();
        String legalRepresentative = caller.hasRole(Role.EMPLOYER) ? caller.fiscalCode() : null;
        Set<Long> contributors = caller.hasRole(Role.ENTITY_EMPLOYEE)
                ? queries.contributorsDelegatingTo(caller, today) : Set.of();
        Set<Long> positions = new HashSet<>();
        if (caller.hasRole(Role.INTERMEDIARY)) {
            positions.addAll(queries.positionsDelegatedTo(caller, today, MAX_DELEGATED_POSITIONS));
        }
        if (caller.hasRole(Role.INTERMEDIARY_STAFF)) {
            positions.addAll(queries.positionsSubDelegatedTo(caller, today, MAX_DELEGATED_POSITIONS));
        }
        return new PositionReach(false, offices, legalRepresentative, contributors, positions);
    }
}
