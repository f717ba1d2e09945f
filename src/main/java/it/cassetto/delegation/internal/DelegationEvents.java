package it.cassetto.delegation.internal;

import static it.cassetto.shared.persistence.JdbcValues.utcTimestamp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Appends one row per step of the delegation life cycle to {@code delegation_event}. Append-only: the only
 * code that writes the table, and it only inserts. A step's event is written in the step's transaction; a
 * failed code try, which the step commits on purpose, is recorded too.
 */
@ApplicationScoped
public class DelegationEvents {

    /** The steps recorded. */
    public enum Event {
        REQUESTED, CODE_SENT, CODE_FAILED, LOCKED, ACTIVATED, RENEWAL_REQUESTED, REVOKED, REVOKED_BY_EMPLOYER,
        SUB_DELEGATED, SUB_REVOKED, EMPLOYEE_DELEGATED, EMPLOYEE_REVOKED
    }

    @PersistenceContext(unitName = "cassetto")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Instant at, String username, Event event, Long positionId, Long delegationId,
                       Long subDelegationId, Long employeeDelegationId, String detail) {
        em.createNativeQuery("INSERT INTO delegation_event (occurred_at, username, event, position_id, delegation_id,"
                        + " sub_delegation_id, employee_delegation_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, utcTimestamp(at)).setParameter(2, username).setParameter(3, event.name())
                .setParameter(4, positionId).setParameter(5, delegationId).setParameter(6, subDelegationId)
                .setParameter(7, employeeDelegationId)
                .setParameter(8, detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500))
                .executeUpdate();
    }
}
