package it.cassetto.delegation.internal;

import it.cassetto.delegation.DelegationInForce;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The delegations in force on one position (same "in force" rule as {@link ReachQueries}), one statement. */
@ApplicationScoped
public class PositionDelegations {

    /** At most this many delegations are listed for one position. */
    public static final int MAX = 500;

    private static final String IN_FORCE = " %1$s.status = 'ACTIVE' AND %1$s.valid_from <= ?2"
            + " AND (%1$s.valid_to IS NULL OR %1$s.valid_to >= ?2) ";

    /** ?1 position id, ?2 today. */
    static final String SQL = "SELECT 'INTERMEDIARY', d.intermediary_username, d.intermediary_fiscal_code, f.name,"
            + " d.scope, d.valid_from, d.valid_to FROM delegation d JOIN intermediary_firm f ON f.id = d.firm_id"
            + " WHERE d.position_id = ?1 AND" + IN_FORCE.formatted("d")
            + " UNION ALL SELECT 'INTERMEDIARY_STAFF', s.staff_username, s.staff_fiscal_code, f.name, s.scope,"
            + " s.valid_from, s.valid_to FROM sub_delegation s JOIN delegation d ON d.id = s.delegation_id"
            + " JOIN intermediary_firm f ON f.id = d.firm_id"
            + " WHERE d.position_id = ?1 AND" + IN_FORCE.formatted("s") + " AND" + IN_FORCE.formatted("d")
            + " UNION ALL SELECT 'ENTITY_EMPLOYEE', e.employee_username, e.employee_fiscal_code, NULL, e.scope,"
            + " e.valid_from, e.valid_to FROM employee_delegation e JOIN contribution_position p"
            + " ON p.contributor_id = e.contributor_id WHERE p.id = ?1 AND" + IN_FORCE.formatted("e")
            + " ORDER BY 1, 6, 2";

    @PersistenceContext(unitName = "cassetto")
    EntityManager em;

    @SuppressWarnings("unchecked")
    public List<DelegationInForce> inForce(long positionId, LocalDate today) {
        List<Object[]> rows = em.createNativeQuery(SQL).setParameter(1, positionId)
                .setParameter(2, Date.valueOf(today)).setMaxResults(MAX).getResultList();
        List<DelegationInForce> result = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            result.add(new DelegationInForce(DelegationInForce.Kind.valueOf(row[0].toString()), (String) row[1],
                    (String) row[2], (String) row[3], (String) row[4], date(row[5]), date(row[6])));
        }
        return result;
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        return new Date(((java.util.Date) value).getTime()).toLocalDate();
    }
}
