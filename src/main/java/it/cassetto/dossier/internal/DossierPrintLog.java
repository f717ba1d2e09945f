package it.cassetto.dossier.internal;

import it.cassetto.dossier.DossierPrintRecord;
import it.cassetto.shared.security.CallerIdentity;
import it.cassetto.shared.value.PeriodRange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Appends one row per printed dossier to {@code dossier_print_audit} and finds prints by digest. Append-only
 * by construction: the only code that touches the table, and it only inserts and reads.
 */
@ApplicationScoped
public class DossierPrintLog {

    @PersistenceContext(unitName = "cassetto")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Instant at, CallerIdentity caller, long positionId, PeriodRange period, int pageCount,
                       long byteSize, String contentSha256, String fileSha256) {
        em.createNativeQuery("INSERT INTO dossier_print_audit (printed_at, username, fiscal_code, position_id,"
                        + " period_from, period_to, page_count, byte_size, content_sha256, file_sha256)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC)))
                .setParameter(2, caller.username())
                .setParameter(3, caller.fiscalCode())
                .setParameter(4, positionId)
                .setParameter(5, period.from() == null ? null : Date.valueOf(period.from().atDay(1)))
                .setParameter(6, period.to() == null ? null : Date.valueOf(period.to().atDay(1)))
                .setParameter(7, pageCount)
                .setParameter(8, byteSize)
                .setParameter(9, contentSha256)
                .setParameter(10, fileSha256)
                .executeUpdate();
    }

    /** The prints whose content or file digest is the given one, oldest first (at most 100). */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<DossierPrintRecord> findByDigest(String sha256) {
        List<Object[]> rows = em.createNativeQuery("SELECT printed_at, username, position_id, page_count, byte_size,"
                        + " content_sha256, file_sha256 FROM dossier_print_audit"
                        + " WHERE content_sha256 = ?1 OR file_sha256 = ?1 ORDER BY printed_at, id")
                .setParameter(1, sha256).setMaxResults(100).getResultList();
        return rows.stream().map(row -> new DossierPrintRecord(instant(row[0]), (String) row[1],
                ((Number) row[2]).longValue(), ((Number) row[3]).intValue(), ((Number) row[4]).longValue(),
                (String) row[5], (String) row[6])).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        return ((java.util.Date) value).toInstant();
    }
}
