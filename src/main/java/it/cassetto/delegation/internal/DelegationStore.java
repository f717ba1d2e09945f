package it.cassetto.delegation.internal;

import static it.cassetto.shared.persistence.JdbcValues.localDate;
import static it.cassetto.shared.persistence.JdbcValues.utcInstant;
import static it.cassetto.shared.persistence.JdbcValues.utcTimestamp;

import it.cassetto.delegation.DelegationCandidate;
import it.cassetto.delegation.EmployeeDelegationRow;
import it.cassetto.delegation.EmployerDelegationRow;
import it.cassetto.delegation.IntermediaryDelegation;
import it.cassetto.delegation.RepresentedContributor;
import it.cassetto.delegation.StaffMember;
import it.cassetto.delegation.SubDelegationRow;
import it.cassetto.shared.security.DelegationScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The SQL of the delegation life cycle. Runs in the calling service's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DelegationStore {

    /** Lists are capped at this many rows. */
    public static final int MAX_ROWS = 1_000;

    /** An intermediary firm as its owner sees it. */
    public record Firm(long id, String name, String fiscalCode, String email) {
    }

    /** What a delegation request needs to know of a position and its contributor. */
    public record PositionFacts(long positionId, String matricola, String holderName, String holderFiscalCode,
                                String kind, String pec, String legalRepFiscalCode, long contributorId,
                                String officeName) {
    }

    /** A delegation row as the workflow needs it, read under lock. */
    public record DelegationRow(long id, long positionId, long firmId, String intermediaryUsername,
                                String intermediaryFiscalCode, DelegationScope scope, LocalDate validFrom,
                                LocalDate validTo, String status, String codeHash, Instant codeExpiresAt,
                                int codeFailedTries, Instant codeUsedAt, Long renewalOf) {
    }

    @PersistenceContext(unitName = "cassetto")
    EntityManager em;

    public Optional<Firm> firmOwnedBy(String username, String fiscalCode) {
        return this.<Object[]>rows(em.createNativeQuery("SELECT f.id, f.name, f.fiscal_code, f.email FROM firm_member m"
                        + " JOIN intermediary_firm f ON f.id = m.firm_id WHERE m.username = ? AND m.fiscal_code = ?"
                        + " AND m.member_role = 'OWNER' ORDER BY f.id")
                .setParameter(1, username).setParameter(2, fiscalCode).setMaxResults(1).getResultList())
                .stream().findFirst()
                .map(r -> new Firm(num(r[0]), (String) r[1], (String) r[2], (String) r[3]));
    }

    public Optional<Firm> firm(long firmId) {
        return this.<Object[]>rows(em.createNativeQuery("SELECT id, name, fiscal_code, email FROM intermediary_firm"
                        + " WHERE id = ?").setParameter(1, firmId).getResultList())
                .stream().findFirst()
                .map(r -> new Firm(num(r[0]), (String) r[1], (String) r[2], (String) r[3]));
    }

    /** Positions whose holder's fiscal code or whose matricola is {@code key}; {@code alreadyHeld} for this firm. */
    public List<DelegationCandidate> candidates(String key, long firmId, LocalDate today, Instant now) {
        List<Object[]> rows = rows(em.createNativeQuery("SELECT p.id, p.matricola, p.holder_name, p.holder_fiscal_code,"
                        + " p.kind, o.name, c.pec IS NOT NULL AND c.pec <> '',"
                        + " EXISTS (SELECT 1 FROM delegation d WHERE d.position_id = p.id AND d.firm_id = ?"
                        + "   AND ((d.status = 'ACTIVE' AND (d.valid_to IS NULL OR d.valid_to >= ?))"
                        + "     OR (d.status = 'REQUESTED' AND d.code_expires_at > ?)))"
                        + " FROM contribution_position p JOIN contributor c ON c.id = p.contributor_id"
                        + " JOIN office o ON o.id = p.office_id"
                        + " WHERE p.holder_fiscal_code = ? OR p.matricola = ? ORDER BY p.kind, p.progressivo, p.id")
                .setParameter(1, firmId).setParameter(2, Date.valueOf(today)).setParameter(3, utcTimestamp(now))
                .setParameter(4, key).setParameter(5, key).setMaxResults(50).getResultList());
        return rows.stream().map(r -> new DelegationCandidate(num(r[0]), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], bool(r[6]), bool(r[7]))).toList();
    }

    public Optional<PositionFacts> position(long positionId) {
        return this.<Object[]>rows(em.createNativeQuery("SELECT p.id, p.matricola, p.holder_name, p.holder_fiscal_code,"
                        + " p.kind, c.pec, c.legal_rep_fiscal_code, c.id, o.name FROM contribution_position p"
                        + " JOIN contributor c ON c.id = p.contributor_id JOIN office o ON o.id = p.office_id"
                        + " WHERE p.id = ?").setParameter(1, positionId).getResultList())
                .stream().findFirst()
                .map(r -> new PositionFacts(num(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (String) r[6], num(r[7]), (String) r[8]));
    }

    /** Whether the firm already holds, or waits for, a delegation on the position (renewals aside). */
    public boolean firmHoldsOrAwaits(long firmId, long positionId, LocalDate today, Instant now) {
        return !rows(em.createNativeQuery("SELECT 1 FROM delegation d WHERE d.firm_id = ? AND d.position_id = ?"
                        + " AND ((d.status = 'ACTIVE' AND (d.valid_to IS NULL OR d.valid_to >= ?) AND d.renewal_of IS NULL)"
                        + "   OR (d.status = 'REQUESTED' AND d.code_expires_at > ? AND d.renewal_of IS NULL))")
                .setParameter(1, firmId).setParameter(2, positionId).setParameter(3, Date.valueOf(today))
                .setParameter(4, utcTimestamp(now)).setMaxResults(1).getResultList()).isEmpty();
    }

    public boolean renewalPending(long delegationId, Instant now) {
        return !rows(em.createNativeQuery("SELECT 1 FROM delegation WHERE renewal_of = ?"
                        + " AND (status = 'ACTIVE' OR (status = 'REQUESTED' AND code_expires_at > ?))")
                .setParameter(1, delegationId).setParameter(2, utcTimestamp(now)).setMaxResults(1).getResultList())
                .isEmpty();
    }

    public long insertRequested(long positionId, Firm firm, String username, String fiscalCode, DelegationScope scope,
                                LocalDate from, LocalDate to, Instant now, String codeHash, Instant codeExpiresAt,
                                String pec, Long renewalOf) {
        em.createNativeQuery("INSERT INTO delegation (position_id, firm_id, intermediary_username,"
                        + " intermediary_fiscal_code, scope, valid_from, valid_to, status, created_at, requested_at,"
                        + " code_hash, code_expires_at, code_sent_to, renewal_of)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, 'REQUESTED', ?, ?, ?, ?, ?, ?)")
                .setParameter(1, positionId).setParameter(2, firm.id()).setParameter(3, username)
                .setParameter(4, fiscalCode).setParameter(5, scope.name()).setParameter(6, Date.valueOf(from))
                .setParameter(7, Date.valueOf(to)).setParameter(8, utcTimestamp(now))
                .setParameter(9, utcTimestamp(now)).setParameter(10, codeHash)
                .setParameter(11, utcTimestamp(codeExpiresAt)).setParameter(12, pec).setParameter(13, renewalOf)
                .executeUpdate();
        return lastId();
    }

    /** The delegation, locked for update until the transaction ends. */
    public Optional<DelegationRow> lockDelegation(long id) {
        return this.<Object[]>rows(em.createNativeQuery("SELECT id, position_id, firm_id, intermediary_username,"
                        + " intermediary_fiscal_code, scope, valid_from, valid_to, status, code_hash, code_expires_at,"
                        + " code_failed_tries, code_used_at, renewal_of FROM delegation WHERE id = ? FOR UPDATE")
                .setParameter(1, id).getResultList())
                .stream().findFirst()
                .map(r -> new DelegationRow(num(r[0]), num(r[1]), num(r[2]), (String) r[3], (String) r[4],
                        DelegationScope.valueOf((String) r[5]), localDate(r[6]), localDate(r[7]), (String) r[8],
                        (String) r[9], utcInstant(r[10]), (int) num(r[11]), utcInstant(r[12]),
                        r[13] == null ? null : num(r[13])));
    }

    public void recordFailedTry(long id, boolean lock) {
        em.createNativeQuery("UPDATE delegation SET code_failed_tries = code_failed_tries + 1"
                + (lock ? ", status = 'LOCKED'" : "") + " WHERE id = ?").setParameter(1, id).executeUpdate();
    }

    public void activate(long id, Instant now) {
        em.createNativeQuery("UPDATE delegation SET status = 'ACTIVE', activated_at = ?, code_used_at = ?,"
                        + " declared_signed = TRUE WHERE id = ? AND status = 'REQUESTED'")
                .setParameter(1, utcTimestamp(now)).setParameter(2, utcTimestamp(now)).setParameter(3, id)
                .executeUpdate();
    }

    /** Revokes the delegation and every sub-delegation of it still running; returns the sub-delegations ended. */
    public int revoke(long id, String by, Instant now) {
        em.createNativeQuery("UPDATE delegation SET status = 'REVOKED', revoked_at = ?, revoked_by = ?"
                        + " WHERE id = ? AND status IN ('REQUESTED', 'ACTIVE')")
                .setParameter(1, utcTimestamp(now)).setParameter(2, by).setParameter(3, id).executeUpdate();
        return em.createNativeQuery("UPDATE sub_delegation SET status = 'REVOKED', revoked_at = ?, revoked_by = ?"
                        + " WHERE delegation_id = ? AND status IN ('REQUESTED', 'ACTIVE')")
                .setParameter(1, utcTimestamp(now)).setParameter(2, by).setParameter(3, id).executeUpdate();
    }

    public List<IntermediaryDelegation> delegationsOfFirm(long firmId, LocalDate today, Instant now) {
        List<Object[]> rows = rows(em.createNativeQuery("SELECT d.id, d.position_id, p.matricola, p.holder_name,"
                        + " p.holder_fiscal_code, d.scope, d.valid_from, d.valid_to, d.status, d.requested_at,"
                        + " d.activated_at, d.code_expires_at, d.renewal_of,"
                        + " EXISTS (SELECT 1 FROM delegation r WHERE r.renewal_of = d.id AND (r.status = 'ACTIVE'"
                        + "   OR (r.status = 'REQUESTED' AND r.code_expires_at > ?))),"
                        + " (SELECT COUNT(*) FROM sub_delegation s WHERE s.delegation_id = d.id AND s.status = 'ACTIVE'"
                        + "   AND (s.valid_to IS NULL OR s.valid_to >= ?))"
                        + " FROM delegation d JOIN contribution_position p ON p.id = d.position_id"
                        + " WHERE d.firm_id = ? ORDER BY d.status = 'REQUESTED' DESC, p.holder_name, d.valid_from DESC, d.id")
                .setParameter(1, utcTimestamp(now)).setParameter(2, Date.valueOf(today)).setParameter(3, firmId)
                .setMaxResults(MAX_ROWS).getResultList());
        return rows.stream().map(r -> {
            LocalDate validTo = localDate(r[7]);
            var state = DelegationRules.stateOf((String) r[8], validTo, utcInstant(r[11]), today, now);
            boolean renewable = DelegationRules.renewable(state, validTo, today, bool(r[13]));
            LocalDate renewableFrom = state == it.cassetto.delegation.DelegationState.ACTIVE && validTo != null
                    && !bool(r[13]) ? DelegationRules.renewableFrom(validTo) : null;
            return new IntermediaryDelegation(num(r[0]), num(r[1]), (String) r[2], (String) r[3], (String) r[4],
                    DelegationScope.valueOf((String) r[5]), localDate(r[6]), validTo, state, utcInstant(r[9]),
                    utcInstant(r[10]), utcInstant(r[11]), r[12] == null ? null : num(r[12]), renewable,
                    renewableFrom, (int) num(r[14]));
        }).toList();
    }

    public List<StaffMember> staffOf(long firmId) {
        List<Object[]> rows = rows(em.createNativeQuery("SELECT username, fiscal_code FROM firm_member"
                        + " WHERE firm_id = ? AND member_role = 'STAFF' ORDER BY username")
                .setParameter(1, firmId).setMaxResults(MAX_ROWS).getResultList());
        return rows.stream().map(r -> new StaffMember((String) r[0], (String) r[1])).toList();
    }

    public List<SubDelegationRow> subDelegationsOfFirm(long firmId, LocalDate today, Instant now) {
        List<Object[]> rows = rows(em.createNativeQuery("SELECT s.id, s.delegation_id, d.position_id, p.matricola,"
                        + " p.holder_name, s.staff_username, s.staff_fiscal_code, s.scope, s.valid_from, s.valid_to,"
                        + " s.status FROM sub_delegation s JOIN delegation d ON d.id = s.delegation_id"
                        + " JOIN contribution_position p ON p.id = d.position_id WHERE d.firm_id = ?"
                        + " ORDER BY s.status = 'ACTIVE' DESC, p.holder_name, s.staff_username, s.id")
                .setParameter(1, firmId).setMaxResults(MAX_ROWS).getResultList());
        return rows.stream().map(r -> new SubDelegationRow(num(r[0]), num(r[1]), num(r[2]), (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], DelegationScope.valueOf((String) r[7]), localDate(r[8]),
                localDate(r[9]), DelegationRules.stateOf((String) r[10], localDate(r[9]), null, today, now))).toList();
    }

    public boolean staffHasActiveSubDelegation(long delegationId, String staffUsername, LocalDate today) {
        return !rows(em.createNativeQuery("SELECT 1 FROM sub_delegation WHERE delegation_id = ? AND staff_username = ?"
                        + " AND status = 'ACTIVE' AND (valid_to IS NULL OR valid_to >= ?)")
                .setParameter(1, delegationId).setParameter(2, staffUsername).setParameter(3, Date.valueOf(today))
                .setMaxResults(1).getResultList()).isEmpty();
    }

    public long insertSubDelegation(long delegationId, StaffMember staff, DelegationScope scope, LocalDate from,
                                    LocalDate to, Instant now) {
        em.createNativeQuery("INSERT INTO sub_delegation (delegation_id, staff_username, staff_fiscal_code, scope,"
                        + " valid_from, valid_to, status, created_at) VALUES (?, ?, ?, ?, ?, ?, 'ACTIVE', ?)")
                .setParameter(1, delegationId).setParameter(2, staff.username()).setParameter(3, staff.fiscalCode())
                .setParameter(4, scope.name()).setParameter(5, Date.valueOf(from)).setParameter(6, Date.valueOf(to))
                .setParameter(7, utcTimestamp(now)).executeUpdate();
        return lastId();
    }

    /** The firm and position of a sub-delegation, locked; empty when there is none. */
    public Optional<long[]> lockSubDelegation(long id) {
        return this.<Object[]>rows(em.createNativeQuery("SELECT d.firm_id, d.position_id, d.id FROM sub_delegation s"
                        + " JOIN delegation d ON d.id = s.delegation_id WHERE s.id = ? FOR UPDATE")
                .setParameter(1, id).getResultList())
                .stream().findFirst().map(r -> new long[] {num(r[0]), num(r[1]), num(r[2])});
    }

    public boolean revokeSubDelegation(long id, String by, Instant now) {
        return em.createNativeQuery("UPDATE sub_delegation SET status = 'REVOKED', revoked_at = ?, revoked_by = ?"
                        + " WHERE id = ? AND status IN ('REQUESTED', 'ACTIVE')")
                .setParameter(1, utcTimestamp(now)).setParameter(2, by).setParameter(3, id).executeUpdate() == 1;
    }

    // ---- the employer's side

    public List<RepresentedContributor> contributorsRepresentedBy(String fiscalCode) {
        List<Object[]> rows = rows(em.createNativeQuery("SELECT id, name, fiscal_code FROM contributor"
                        + " WHERE legal_rep_fiscal_code = ? ORDER BY name, id")
                .setParameter(1, fiscalCode).setMaxResults(MAX_ROWS).getResultList());
        return rows.stream().map(r -> new RepresentedContributor(num(r[0]), (String) r[1], (String) r[2])).toList();
    }

    public List<EmployerDelegationRow> delegationsOnPositionsRepresentedBy(String fiscalCode, LocalDate today,
                                                                         Instant now) {
        List<Object[]> rows = rows(em.createNativeQuery("SELECT d.id, d.position_id, p.matricola, p.holder_name, f.name,"
                        + " d.intermediary_username, d.intermediary_fiscal_code, d.scope, d.valid_from, d.valid_to,"
                        + " d.activated_at, d.status, d.code_expires_at FROM delegation d"
                        + " JOIN contribution_position p ON p.id = d.position_id"
                        + " JOIN contributor c ON c.id = p.contributor_id JOIN intermediary_firm f ON f.id = d.firm_id"
                        + " WHERE c.legal_rep_fiscal_code = ?"
                        + " ORDER BY d.status = 'ACTIVE' DESC, p.holder_name, d.valid_from DESC, d.id")
                .setParameter(1, fiscalCode).setMaxResults(MAX_ROWS).getResultList());
        return rows.stream().map(r -> new EmployerDelegationRow(num(r[0]), num(r[1]), (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], DelegationScope.valueOf((String) r[7]), localDate(r[8]),
                localDate(r[9]), utcInstant(r[10]),
                DelegationRules.stateOf((String) r[11], localDate(r[9]), utcInstant(r[12]), today, now))).toList();
    }

    /** The legal representative's fiscal code of the delegation's position, with the delegation locked. */
    public Optional<String> legalRepresentativeOfDelegation(long delegationId) {
        return this.<Object>rows(em.createNativeQuery("SELECT c.legal_rep_fiscal_code FROM delegation d"
                        + " JOIN contribution_position p ON p.id = d.position_id"
                        + " JOIN contributor c ON c.id = p.contributor_id WHERE d.id = ?")
                .setParameter(1, delegationId).getResultList()).stream().findFirst().map(String.class::cast);
    }

    public List<EmployeeDelegationRow> employeeDelegationsOf(String legalRepFiscalCode, LocalDate today, Instant now) {
        List<Object[]> rows = rows(em.createNativeQuery("SELECT e.id, e.contributor_id, c.name, e.employee_username,"
                        + " e.employee_fiscal_code, e.scope, e.valid_from, e.valid_to, e.status"
                        + " FROM employee_delegation e JOIN contributor c ON c.id = e.contributor_id"
                        + " WHERE c.legal_rep_fiscal_code = ? ORDER BY e.status = 'ACTIVE' DESC, c.name,"
                        + " e.employee_username, e.id")
                .setParameter(1, legalRepFiscalCode).setMaxResults(MAX_ROWS).getResultList());
        return rows.stream().map(r -> new EmployeeDelegationRow(num(r[0]), num(r[1]), (String) r[2], (String) r[3],
                (String) r[4], DelegationScope.valueOf((String) r[5]), localDate(r[6]), localDate(r[7]),
                DelegationRules.stateOf((String) r[8], localDate(r[7]), null, today, now))).toList();
    }

    public long insertEmployeeDelegation(long contributorId, String username, String fiscalCode,
                                         DelegationScope scope, LocalDate from, LocalDate to, Instant now) {
        em.createNativeQuery("INSERT INTO employee_delegation (contributor_id, employee_username, employee_fiscal_code,"
                        + " scope, valid_from, valid_to, status, created_at) VALUES (?, ?, ?, ?, ?, ?, 'ACTIVE', ?)")
                .setParameter(1, contributorId).setParameter(2, username).setParameter(3, fiscalCode)
                .setParameter(4, scope.name()).setParameter(5, Date.valueOf(from)).setParameter(6, Date.valueOf(to))
                .setParameter(7, utcTimestamp(now)).executeUpdate();
        return lastId();
    }

    public boolean employeeAlreadyDelegated(long contributorId, String username, LocalDate today) {
        return !rows(em.createNativeQuery("SELECT 1 FROM employee_delegation WHERE contributor_id = ?"
                        + " AND employee_username = ? AND status = 'ACTIVE' AND (valid_to IS NULL OR valid_to >= ?)")
                .setParameter(1, contributorId).setParameter(2, username).setParameter(3, Date.valueOf(today))
                .setMaxResults(1).getResultList()).isEmpty();
    }

    /** The legal representative's fiscal code of the employee delegation's contributor. */
    public Optional<String> legalRepresentativeOfEmployeeDelegation(long id) {
        return this.<Object>rows(em.createNativeQuery("SELECT c.legal_rep_fiscal_code FROM employee_delegation e"
                        + " JOIN contributor c ON c.id = e.contributor_id WHERE e.id = ? FOR UPDATE")
                .setParameter(1, id).getResultList()).stream().findFirst().map(String.class::cast);
    }

    public boolean revokeEmployeeDelegation(long id, String by, Instant now) {
        return em.createNativeQuery("UPDATE employee_delegation SET status = 'REVOKED', revoked_at = ?, revoked_by = ?"
                        + " WHERE id = ? AND status IN ('REQUESTED', 'ACTIVE')")
                .setParameter(1, utcTimestamp(now)).setParameter(2, by).setParameter(3, id).executeUpdate() == 1;
    }

    private long lastId() {
        return num(em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult());
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> rows(List<?> list) {
        return (List<T>) list;
    }

    private static long num(Object value) {
        return ((Number) value).longValue();
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value != null && ((Number) value).intValue() != 0;
    }
}
