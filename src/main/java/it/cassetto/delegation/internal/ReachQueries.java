package it.cassetto.delegation.internal;

import it.cassetto.shared.security.CallerIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The sets behind {@link it.cassetto.delegation.PositionReach}: delegations in force (status ACTIVE, today
 * within their dates) matched on username and fiscal code, like the access rules.
 */
@ApplicationScoped
public class ReachQueries {

    private static final String IN_FORCE = " %1$s.status = 'ACTIVE' AND %1$s.valid_from <= ?%2$d"
            + " AND (%1$s.valid_to IS NULL OR %1$s.valid_to >= ?%2$d) ";

    /** The offices of an operator: ?1 username. */
    public static final String OFFICES = "SELECT office_id FROM office_member WHERE username = ?1";
    /** The contributors delegating to an entity employee: ?1 username, ?2 fiscal code, ?3 today. */
    public static final String CONTRIBUTORS = "SELECT e.contributor_id FROM employee_delegation e"
            + " WHERE e.employee_username = ?1 AND e.employee_fiscal_code = ?2 AND" + IN_FORCE.formatted("e", 3);
    /** The positions delegated to an intermediary: ?1 username, ?2 fiscal code, ?3 today. */
    public static final String DELEGATED = "SELECT d.position_id FROM delegation d"
            + " WHERE d.intermediary_username = ?1 AND d.intermediary_fiscal_code = ?2 AND"
            + IN_FORCE.formatted("d", 3);
    /** The positions sub-delegated to an intermediary's staff member: ?1 username, ?2 fiscal code, ?3 today. */
    public static final String SUB_DELEGATED = "SELECT d.position_id FROM sub_delegation s"
            + " JOIN delegation d ON d.id = s.delegation_id"
            + " WHERE s.staff_username = ?1 AND s.staff_fiscal_code = ?2 AND"
            + IN_FORCE.formatted("s", 3) + " AND " + IN_FORCE.formatted("d", 3);

    @PersistenceContext(unitName = "cassetto")
    EntityManager em;

    public Set<Long> officesOf(CallerIdentity caller) {
        return ids(em.createNativeQuery(OFFICES)
                .setParameter(1, caller.username()).setMaxResults(100).getResultList());
    }

    public Set<Long> contributorsDelegatingTo(CallerIdentity caller, LocalDate today) {
        if (caller.fiscalCode() == null) {
            return Set.of();
        }
        return ids(em.createNativeQuery(CONTRIBUTORS)
                .setParameter(1, caller.username()).setParameter(2, caller.fiscalCode())
                .setParameter(3, Date.valueOf(today))
                .setMaxResults(1_000).getResultList());
    }

    public Set<Long> positionsDelegatedTo(CallerIdentity caller, LocalDate today, int max) {
        if (caller.fiscalCode() == null) {
            return Set.of();
        }
        return ids(em.createNativeQuery(DELEGATED)
                .setParameter(1, caller.username()).setParameter(2, caller.fiscalCode())
                .setParameter(3, Date.valueOf(today))
                .setMaxResults(max).getResultList());
    }

    public Set<Long> positionsSubDelegatedTo(CallerIdentity caller, LocalDate today, int max) {
        if (caller.fiscalCode() == null) {
            return Set.of();
        }
        return ids(em.createNativeQuery(SUB_DELEGATED)
                .setParameter(1, caller.username()).setParameter(2, caller.fiscalCode())
                .setParameter(3, Date.valueOf(today))
                .setMaxResults(max).getResultList());
    }

    private static Set<Long> ids(List<?> rows) {
        Set<Long> ids = new HashSet<>();
        for (Object row : rows) {
            ids.add(((Number) row).longValue());
        }
        return ids;
    }
}
