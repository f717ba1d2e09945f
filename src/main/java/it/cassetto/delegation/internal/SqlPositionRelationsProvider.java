package it.cassetto.delegation.internal;

import it.cassetto.shared.security.CallerIdentity;
import it.cassetto.shared.security.DelegationGrant;
import it.cassetto.shared.security.DelegationScope;
import it.cassetto.shared.security.DelegationStatus;
import it.cassetto.shared.security.PositionRelations;
import it.cassetto.shared.security.PositionRelationsProvider;
import it.cassetto.shared.security.SubDelegationGrant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import it.cassetto.shared.persistence.JdbcValues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a caller's relations to a position with one SQL statement: the position with its legal
 * representative and whether its office is one of the caller's, joined with the caller's entity-employee
 * delegations (E), delegations (I) and sub-delegations with their parent (S) on it. Every delegation
 * is loaded whatever its status: {@link it.cassetto.shared.security.AccessRules} decides.
 */
@ApplicationScoped
public class SqlPositionRelationsProvider implements PositionRelationsProvider {

    public static final String SQL = """
            SELECT c.legal_rep_fiscal_code,
                   EXISTS (SELECT 1 FROM office_member m WHERE m.office_id = p.office_id AND m.username = ?1) AS in_office,
                   x.kind, x.username, x.fiscal_code, x.scope, x.valid_from, x.valid_to, x.status,
                   x.p_username, x.p_fiscal_code, x.p_scope, x.p_valid_from, x.p_valid_to, x.p_status
              FROM contribution_position p
              JOIN contributor c ON c.id = p.contributor_id
              LEFT JOIN (
                    SELECT 'S' AS kind, s.staff_username AS username, s.staff_fiscal_code AS fiscal_code, s.scope,
                           s.valid_from, s.valid_to, s.status,
                           d.intermediary_username AS p_username, d.intermediary_fiscal_code AS p_fiscal_code,
                           d.scope AS p_scope, d.valid_from AS p_valid_from, d.valid_to AS p_valid_to,
                           d.status AS p_status
                      FROM sub_delegation s JOIN delegation d ON d.id = s.delegation_id
                     WHERE d.position_id = ?2 AND s.staff_username = ?1
                    UNION ALL
                    SELECT 'I', d.intermediary_username, d.intermediary_fiscal_code, d.scope, d.valid_from,
                           d.valid_to, d.status, NULL, NULL, NULL, NULL, NULL, NULL
                      FROM delegation d
                     WHERE d.position_id = ?2 AND d.intermediary_username = ?1
                    UNION ALL
                    SELECT 'E', e.employee_username, e.employee_fiscal_code, e.scope, e.valid_from,
                           e.valid_to, e.status, NULL, NULL, NULL, NULL, NULL, NULL
                      FROM employee_delegation e JOIN contribution_position ep ON ep.contributor_id = e.contributor_id
                     WHERE ep.id = ?2 AND e.employee_username = ?1
              ) x ON 1 = 1
             WHERE p.id = ?2
            """;

    @PersistenceContext(unitName = "cassetto")
    EntityManager em;

    @Override
    public PositionRelations load(CallerIdentity caller, long positionId, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SQL)
                .setParameter(1, caller.username())
                .setParameter(2, positionId)
                .setMaxResults(1_000)
                .getResultList();
        return toRelations(positionId, rows);
    }

    static PositionRelations toRelations(long positionId, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return PositionRelations.unknown(positionId);
        }
        String legalRepresentative = (String) rows.get(0)[0];
        boolean inOffice = rows.get(0)[1] != null && ((Number) rows.get(0)[1]).intValue() != 0;
        List<DelegationGrant> employees = new ArrayList<>();
        List<DelegationGrant> intermediaries = new ArrayList<>();
        List<SubDelegationGrant> subs = new ArrayList<>();
        for (Object[] row : rows) {
            if (row[2] == null) {
                continue;
            }
            DelegationGrant grant = grant(row, 3);
            switch ((String) row[2]) {
                case "E" -> employees.add(grant);
                case "I" -> intermediaries.add(grant);
                case "S" -> subs.add(new SubDelegationGrant(grant(row, 9), grant));
                default -> throw new IllegalStateException("Unknown relation kind " + row[2]);
            }
        }
        return new PositionRelations(positionId, true, legalRepresentative, inOffice, employees, intermediaries, subs);
    }

    private static DelegationGrant grant(Object[] row, int from) {
        return new DelegationGrant((String) row[from], (String) row[from + 1],
                DelegationScope.valueOf((String) row[from + 2]), date(row[from + 3]), date(row[from + 4]),
                DelegationStatus.valueOf((String) row[from + 5]));
    }

    static LocalDate date(Object value) {
        return JdbcValues.localDate(value);
    }
}
