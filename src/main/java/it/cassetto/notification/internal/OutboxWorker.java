package it.cassetto.notification.internal;

import it.cassetto.notification.Notification;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox in the background: every poll interval, and at once after a transaction that enqueued
 * something commits. Each pass claims due rows in small batches ({@link OutboxStore#claimDue}, SELECT ... FOR
 * UPDATE SKIP LOCKED), so several application nodes share the work without sending a row twice; failures
 * are retried with exponential backoff and, after the last attempt, the row stays FAILED with its error.
 */
@ApplicationScoped
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());
    static final int BATCH = 20;
    static final int MAX_BATCHES_PER_PASS = 50;
    static final Duration LEASE = Duration.ofMinutes(2);

    @Inject
    OutboxStore store;

    @Inject
    NotificationSettings settings;

    @Resource
    ManagedScheduledExecutorService executor;

    private final String workerId = "node-" + UUID.randomUUID().toString().substring(0, 8);
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final Clock clock = Clock.systemUTC();
    private volatile Map<Notification.Channel, Courier> couriers;
    private ScheduledFuture<?> schedule;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        if (!settings.workerEnabled()) {
            LOG.info("Notification worker disabled (cassetto.notifications.worker-enabled=false)");
            return;
        }
        long poll = settings.pollInterval().toMillis();
        schedule = executor.scheduleWithFixedDelay(this::runPass, poll, poll, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Notification worker " + workerId + " polls every " + poll + " ms");
    }

    void wakeUp(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWakeUp enqueued) {
        if (settings.workerEnabled() && schedule != null) {
            executor.execute(this::runPass);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /** One delivery pass; a pass asked for while another runs makes that one go round again. */
    void runPass() {
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                deliverDue(couriers(), Instant.now(clock));
            } while (again.get());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Notification pass failed; the next one retries", e);
        } finally {
            running.set(false);
        }
    }

    /** Delivers what is due at {@code now}; returns how many were delivered. */
    int deliverDue(Map<Notification.Channel, Courier> by, Instant now) {
        int delivered = 0;
        RetryPolicy policy = settings.retryPolicy();
        for (int batch = 0; batch < MAX_BATCHES_PER_PASS; batch++) {
            List<OutboxMessage> claimed = store.claimDue(workerId, now, LEASE, BATCH);
            for (OutboxMessage message : claimed) {
                try {
                    by.get(message.notification().channel()).deliver(message);
                    store.markSent(message.id(), workerId, Instant.now(clock));
                    delivered++;
                } catch (DeliveryException e) {
                    boolean retry = !e.isPermanent() && policy.retriesAfter(message.attempt());
                    Instant failedAt = Instant.now(clock);
                    Instant retryAt = retry ? failedAt.plus(policy.delayAfter(message.attempt())) : null;
                    store.markAttemptFailed(message.id(), workerId, e.getMessage(), failedAt, retryAt);
                    LOG.log(retry ? Level.INFO : Level.WARNING, "Notification {0} attempt {1} failed ({2}): {3}",
                            new Object[] {message.id(), message.attempt(), retry ? "will retry at " + retryAt
                                    : "given up", e.getMessage()});
                }
            }
            if (claimed.size() < BATCH) {
                break;
            }
        }
        return delivered;
    }

    private Map<Notification.Channel, Courier> couriers() {
        Map<Notification.Channel, Courier> current = couriers;
        if (current == null) {
            current = new EnumMap<>(Notification.Channel.class);
            current.put(Notification.Channel.EMAIL,
                    new MailCourier(settings.smtpHost(), settings.smtpPort(), settings.mailFrom()));
            current.put(Notification.Channel.SMS,
                    new SmsCourier(settings.smsGatewayUrl(), settings.smsToken(), settings.smsSender()));
            couriers = current;
        }
        return current;
    }
}
