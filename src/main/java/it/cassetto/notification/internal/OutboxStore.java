package it.cassetto.notification.internal;

import it.cassetto.notification.Notification;
import it.cassetto.notification.NotificationAttachment;
import it.cassetto.notification.NotificationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The SQL of the outbox tables: insert, claim (SKIP LOCKED), and the bookkeeping after each attempt. */
@ApplicationScoped
public class OutboxStore {

    @PersistenceContext(unitName = "cassetto")
    EntityManager em;

    /** Inserts the row in the caller's transaction unless its dedup key is already there; returns the id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long insertIfAbsent(Notification n, Instant now) {
        Optional<Long> existing = idOf(n.dedupKey());
        if (existing.isPresent()) {
            return existing.get();
        }
        int inserted = em.createNativeQuery("INSERT INTO notification_outbox (dedup_key, channel, recipient,"
                        + " subject, body, status, attempts, next_attempt_at, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?) ON DUPLICATE KEY UPDATE id = id")
                .setParameter(1, n.dedupKey())
                .setParameter(2, n.channel().name())
                .setParameter(3, n.recipient())
                .setParameter(4, n.subject())
                .setParameter(5, n.body())
                .setParameter(6, utc(now))
                .setParameter(7, utc(now))
                .executeUpdate();
        long id = idOf(n.dedupKey()).orElseThrow();
        if (inserted == 1) {
            for (NotificationAttachment a : n.attachments()) {
                em.createNativeQuery("INSERT INTO notification_attachment (notification_id, file_name, content_type,"
                                + " content) VALUES (?, ?, ?, ?)")
                        .setParameter(1, id)
                        .setParameter(2, a.fileName())
                        .setParameter(3, a.contentType())
                        .setParameter(4, a.content())
                        .executeUpdate();
            }
        }
        return id;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<NotificationStatus> statusOf(long id) {
        List<?> rows = em.createNativeQuery("SELECT status FROM notification_outbox WHERE id = ?")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(s -> NotificationStatus.valueOf((String) s));
    }

    /** How many delivery attempts the row has had (0 when there is no such row). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int attemptsOf(long id) {
        List<?> rows = em.createNativeQuery("SELECT attempts FROM notification_outbox WHERE id = ?")
                .setParameter(1, id).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }

    /**
     * Claims up to {@code max} rows due at {@code now} for this worker, in a transaction of its own: rows
     * another node holds locked are skipped, not waited for. Each claimed row counts one more attempt and is
     * leased until {@code now + lease}; if the worker dies, the row is due again after the lease.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutboxMessage> claimDue(String worker, Instant now, Duration lease, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, dedup_key, channel, recipient, subject, body, attempts"
                        + " FROM notification_outbox WHERE status IN ('PENDING', 'SENDING') AND next_attempt_at <= ?"
                        + " ORDER BY next_attempt_at, id LIMIT " + Math.max(1, max) + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, utc(now)).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        String idList = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        em.createNativeQuery("UPDATE notification_outbox SET status = 'SENDING', attempts = attempts + 1,"
                        + " claimed_by = ?, next_attempt_at = ? WHERE id IN (" + idList + ")")
                .setParameter(1, worker)
                .setParameter(2, utc(now.plus(lease)))
                .executeUpdate();
        Map<Long, List<NotificationAttachment>> attachments = attachmentsOf(idList);
        List<OutboxMessage> claimed = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            Notification n = new Notification((String) r[1], Notification.Channel.valueOf((String) r[2]),
                    (String) r[3], (String) r[4], (String) r[5], attachments.getOrDefault(id, List.of()));
            claimed.add(new OutboxMessage(id, ((Number) r[6]).intValue() + 1, n));
        }
        return claimed;
    }

    /** Records a delivery, if the row is still this worker's. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean markSent(long id, String worker, Instant now) {
        return em.createNativeQuery("UPDATE notification_outbox SET status = 'SENT', sent_at = ?, claimed_by = NULL,"
                        + " last_error = NULL WHERE id = ? AND status = 'SENDING' AND claimed_by = ?")
                .setParameter(1, utc(now)).setParameter(2, id).setParameter(3, worker)
                .executeUpdate() == 1;
    }

    /** Records a failed attempt: due again at {@code retryAt}, or FAILED for good when {@code retryAt} is null. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markAttemptFailed(long id, String worker, String error, Instant now, Instant retryAt) {
        String text = error == null ? "" : error.length() > 1000 ? error.substring(0, 1000) : error;
        em.createNativeQuery("UPDATE notification_outbox SET status = ?, next_attempt_at = ?, claimed_by = NULL,"
                        + " last_error = ? WHERE id = ? AND status = 'SENDING' AND claimed_by = ?")
                .setParameter(1, retryAt == null ? "FAILED" : "PENDING")
                .setParameter(2, utc(retryAt == null ? now : retryAt))
                .setParameter(3, text)
                .setParameter(4, id)
                .setParameter(5, worker)
                .executeUpdate();
    }

    private Optional<Long> idOf(String dedupKey) {
        List<?> ids = em.createNativeQuery("SELECT id FROM notification_outbox WHERE dedup_key = ?")
                .setParameter(1, dedupKey).getResultList();
        return ids.stream().findFirst().map(v -> ((Number) v).longValue());
    }

    private Map<Long, List<NotificationAttachment>> attachmentsOf(String idList) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT notification_id, file_name, content_type, content"
                + " FROM notification_attachment WHERE notification_id IN (" + idList + ") ORDER BY id").getResultList();
        Map<Long, List<NotificationAttachment>> byId = new HashMap<>();
        for (Object[] r : rows) {
            byId.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(new NotificationAttachment((String) r[1], (String) r[2], (byte[]) r[3]));
        }
        return byId;
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
