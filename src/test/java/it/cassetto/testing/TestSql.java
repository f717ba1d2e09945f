package it.cassetto.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * SQL run by an integration test inside the transaction it has begun, through the portal's own persistence
 * context: so it sees, and changes, what the services wrote in that transaction before it commits (a connection
 * taken from the data source apart may not be the one the persistence context holds).
 */
@ApplicationScoped
public class TestSql {

    @PersistenceContext(unitName = "cassetto")
    EntityManager em;

    /** Runs an UPDATE or DELETE in the caller's transaction; the rows it changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int update(String sql) {
        return em.createNativeQuery(sql).executeUpdate();
    }

    /** A count, read in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
