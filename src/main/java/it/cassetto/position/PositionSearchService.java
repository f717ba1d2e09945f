package it.cassetto.position;

import it.cassetto.delegation.DelegationService;
import it.cassetto.position.internal.PositionQueries;
import it.cassetto.shared.query.Page;
import it.cassetto.shared.query.PageRequest;
import it.cassetto.shared.query.SortDirection;
import it.cassetto.shared.security.Role;
import it.cassetto.shared.security.SecuredService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.ValidationException;
import jakarta.validation.constraints.NotNull;

/**
 * Ricerca: the positions the caller may reach (own entity, delegations, sub-delegations, office, or all
 * for the supervisor), searchable by fiscal code, Matricola and name, by pages sorted by holder name.
 */
@ApplicationScoped
@SecuredService
@Transactional
@RolesAllowed({Role.Names.EMPLOYER, Role.Names.ENTITY_EMPLOYEE, Role.Names.INTERMEDIARY,
        Role.Names.INTERMEDIARY_STAFF, Role.Names.OPERATOR, Role.Names.SUPERVISOR})
public class PositionSearchService {

    /** The only sort key of Ricerca: the holder's name. */
    public static final String SORT_BY_NAME = "name";

    @Inject
    DelegationService delegations;

    @Inject
    PositionQueries queries;

    public Page<PositionListItem> search(@NotNull @Valid PositionSearchCriteria criteria,
                                         @NotNull @Valid PageRequest page) {
        if (page.sortKey() != null && !SORT_BY_NAME.equals(page.sortKey())) {
            throw new ValidationException("Unknown sort column " + page.sortKey());
        }
        boolean descending = page.sortKey() != null && page.direction() == SortDirection.DESCENDING;
        return queries.search(delegations.reachOfCurrentCaller(), criteria, page.offset(), page.size(), descending);
    }
}
