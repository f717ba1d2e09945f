package it.cassetto.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cassetto.notification.internal.OutboxMessage;
import it.cassetto.notification.internal.OutboxStore;
import it.cassetto.testing.CatcherClient;
import it.cassetto.testing.Deployments;
import it.cassetto.testing.TestSql;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import it.cassetto.shared.persistence.CassettoDataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox on the real stack: MariaDB, the worker running in Payara Micro, the test stack's SMTP catcher
 * and fake SMS gateway, including their simulated outages.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationOutboxIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Deployment
    static WebArchive deployment() {
        return Deployments.kernel("notification")
                .addClass(CatcherClient.class);
    }

    @Inject
    NotificationOutbox outbox;

    @Inject
    OutboxStore store;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = CassettoDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    TestSql sql;

    private final CatcherClient catcher = new CatcherClient();

    @Test
    void aCommittedNotification_isDeliveredOnce() throws Exception {
        String to = unique() + "@pec.example.it";
        long id = inTransaction(() -> outbox.enqueue(Notification.email("it:" + to, to, "Oggetto di prova",
                "Testo della prova")));

        List<JsonObject> mails = catcher.awaitMailsTo(to, 1, WAIT);
        awaitStatus(id, NotificationStatus.SENT);
        CatcherClient.sleep(1500);
        mails = catcher.mailsTo(to);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getString("subject")).isEqualTo("Oggetto di prova");
        assertThat(mails.get(0).getString("text")).contains("Testo della prova");
        assertThat(mails.get(0).getInt("copies")).isEqualTo(1);
    }

    @Test
    void theSameDedupKeyTwice_isOneNotification() throws Exception {
        String to = unique() + "@example.it";
        Notification n = Notification.email("it:dup:" + to, to, "Una volta sola", "Corpo");
        long first = inTransaction(() -> outbox.enqueue(n));
        long second = inTransaction(() -> outbox.enqueue(n));

        assertThat(second).isEqualTo(first);
        catcher.awaitMailsTo(to, 1, WAIT);
        awaitStatus(first, NotificationStatus.SENT);
        CatcherClient.sleep(1500);
        assertThat(catcher.mailsTo(to)).hasSize(1);
    }

    @Test
    void aRolledBackChange_sendsNothing() throws Exception {
        String to = unique() + "@example.it";
        transaction.begin();
        long id = outbox.enqueue(Notification.email("it:rollback:" + to, to, "Mai inviata", "Corpo"));
        transaction.rollback();

        CatcherClient.sleep(3000);
        assertThat(outbox.statusOf(id)).isEmpty();
        assertThat(catcher.mailsTo(to)).isEmpty();
    }

    @Test
    void enqueuingOutsideATransaction_isRefused() {
        assertThatThrownBy(() -> outbox.enqueue(Notification.email("it:no-tx:" + unique(), "a@example.it", "x", "y")))
                .isInstanceOf(TransactionalException.class);
    }

    @Test
    void whileSmtpIsDown_theMailWaits_andArrivesOnceWhenItIsBack() throws Exception {
        String to = unique() + "@example.it";
        catcher.smtpOutage(true);
        long id;
        try {
            id = inTransaction(() -> outbox.enqueue(Notification.email("it:outage:" + to, to, "Dopo il guasto",
                    "Corpo")));
            awaitAttempts(id, 1);
            assertThat(outbox.statusOf(id)).contains(NotificationStatus.PENDING);
        } finally {
            catcher.smtpOutage(false);
        }
        catcher.awaitMailsTo(to, 1, WAIT);
        awaitStatus(id, NotificationStatus.SENT);
        CatcherClient.sleep(1500);
        List<JsonObject> mails = catcher.mailsTo(to);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getInt("copies")).isEqualTo(1);
    }

    @Test
    void anSms_reachesTheGateway_andOutagesAreRetried() throws Exception {
        String phone = "+39333" + (1_000_000 + (int) (Math.random() * 8_999_999));
        catcher.smsOutage(true);
        long id;
        try {
            id = inTransaction(() -> outbox.enqueue(Notification.sms("it:sms:" + phone, phone, "Codice pratica 42")));
            awaitAttempts(id, 1);
            assertThat(catcher.smsTo(phone)).isEmpty();
        } finally {
            catcher.smsOutage(false);
        }
        List<JsonObject> sms = catcher.awaitSmsTo(phone, 1, WAIT);
        awaitStatus(id, NotificationStatus.SENT);
        assertThat(sms.get(0).getString("text")).isEqualTo("Codice pratica 42");
        assertThat(catcher.smsTo(phone)).hasSize(1);
    }

    @Test
    void twoWorkersClaimingAtOnce_neverTakeTheSameRow() throws Exception {
        String batch = unique();
        List<Long> ids = new ArrayList<>();
        transaction.begin();
        for (int i = 0; i < 30; i++) {
            ids.add(outbox.enqueue(Notification.email("it:claim:" + batch + ":" + i, batch + i + "@example.it",
                    "Claim", "Corpo")));
        }
        // Due only in an hour, so that the portal's own worker leaves them to the two claimers below.
        Instant later = Instant.now().plus(Duration.ofHours(2));
        // In the enqueuing transaction (so through its persistence context): the worker, woken at the commit,
        // must never see these rows due.
        assertThat(sql.update("UPDATE notification_outbox SET next_attempt_at = UTC_TIMESTAMP() + INTERVAL 1 HOUR"
                + " WHERE dedup_key LIKE 'it:claim:" + batch + ":%'")).isEqualTo(30);
        // Rows of other tests due before then (retries, leases) come first in a claim: each claimer may take as
        // many as there are, plus this test's 30, so that between them they reach all of this test's rows.
        long others = sql.count("SELECT COUNT(*) FROM notification_outbox WHERE status IN ('PENDING', 'SENDING')"
                + " AND next_attempt_at <= UTC_TIMESTAMP() + INTERVAL 2 HOUR"
                + " AND dedup_key NOT LIKE 'it:claim:" + batch + ":%'");
        transaction.commit();

        // Two claimers at once, in rounds until this test's rows are all taken: a claim may skip a row that another
        // transaction's scan holds for a moment (the portal's own worker claims at the same time), and takes it in
        // a later round; what must never happen is a row taken twice.
        int max = (int) (30 + others + 20);
        Set<Long> a = new HashSet<>();
        Set<Long> b = new HashSet<>();
        Set<Long> mine = new HashSet<>();
        for (int round = 0; round < 20 && mine.size() < 30; round++) {
            CountDownLatch go = new CountDownLatch(1);
            CompletableFuture<List<OutboxMessage>> first = CompletableFuture.supplyAsync(() -> claim(go, "test-a", later, max));
            CompletableFuture<List<OutboxMessage>> second = CompletableFuture.supplyAsync(() -> claim(go, "test-b", later, max));
            go.countDown();
            Set<Long> roundA = idsOf(first.get());
            Set<Long> roundB = idsOf(second.get());
            Set<Long> both = new HashSet<>(roundA);
            both.retainAll(roundB);
            assertThat(both).as("rows claimed by both in round " + round).isEmpty();
            for (long id : roundA) {
                assertThat(b.contains(id) || a.contains(id)).as("row " + id + " claimed again").isFalse();
            }
            for (long id : roundB) {
                assertThat(a.contains(id) || b.contains(id)).as("row " + id + " claimed again").isFalse();
            }
            a.addAll(roundA);
            b.addAll(roundB);
            mine.clear();
            mine.addAll(a);
            mine.addAll(b);
            mine.retainAll(ids);
            if (mine.size() < 30) {
                Thread.sleep(100);
            }
        }
        // Other tests' rows the claimers took are due again now, for the portal's worker.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE notification_outbox SET status = 'PENDING', claimed_by = NULL, attempts = attempts - 1,"
                    + " next_attempt_at = UTC_TIMESTAMP() WHERE claimed_by IN ('test-a', 'test-b')"
                    + " AND dedup_key NOT LIKE 'it:claim:" + batch + ":%'");
        }
        assertThat(mine).as("between them the claimers took all of this test's rows").hasSize(30);
        for (long id : a) {
            store.markSent(id, "test-a", Instant.now());
        }
        for (long id : b) {
            store.markSent(id, "test-b", Instant.now());
        }
    }

    private List<OutboxMessage> claim(CountDownLatch go, String worker, Instant now, int max) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return store.claimDue(worker, now, Duration.ofMinutes(5), max);
    }

    private static Set<Long> idsOf(List<OutboxMessage> messages) {
        Set<Long> ids = new HashSet<>();
        messages.forEach(m -> ids.add(m.id()));
        return ids;
    }

    private void awaitStatus(long id, NotificationStatus expected) {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!outbox.statusOf(id).equals(java.util.Optional.of(expected))) {
            if (System.nanoTime() > end) {
                throw new AssertionError("notification " + id + " is " + outbox.statusOf(id) + ", not " + expected);
            }
            CatcherClient.sleep(200);
        }
    }

    private void awaitAttempts(long id, int attempts) {
        long end = System.nanoTime() + WAIT.toNanos();
        while (store.attemptsOf(id) < attempts || outbox.statusOf(id).orElseThrow() == NotificationStatus.SENDING) {
            if (System.nanoTime() > end) {
                throw new AssertionError("notification " + id + " was not attempted " + attempts + " times");
            }
            CatcherClient.sleep(200);
        }
    }

    private <T> T inTransaction(java.util.concurrent.Callable<T> work) throws Exception {
        transaction.begin();
        try {
            T result = work.call();
            transaction.commit();
            return result;
        } catch (Exception | Error e) {
            transaction.rollback();
            throw e;
        }
    }

    private static String unique() {
        return "n" + UUID.randomUUID().toString().substring(0, 12);
    }
}
