package it.cassetto.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Appends one row per position access decision to {@code position_access_audit}. Append-only by
 * construction: this is the only code that touches the table and it only inserts. Runs in its own
 * transaction so that a denial is recorded even though the use case then rolls back.
 */
@ApplicationScoped
public class AccessAuditTrail {

    @PersistenceContext(unitName = "cassetto")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Instant at, CallerIdentity caller, long positionId, String section, Action action,
                       AccessDecision decision) {
        em.createNativeQuery("INSERT INTO position_access_audit (occurred_at, username, fiscal_code, acting_role,"
                        + " position_id, section, action, outcome, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC)))
                .setParameter(2, caller.username())
                .setParameter(3, caller.fiscalCode())
                .setParameter(4, decision.actingRole() == null ? null : decision.actingRole().roleName())
                .setParameter(5, positionId)
                .setParameter(6, section)
                .setParameter(7, action.name())
                .setParameter(8, decision.granted() ? "GRANTED" : "DENIED")
                .setParameter(9, decision.reason().name())
                .executeUpdate();
    }
}
