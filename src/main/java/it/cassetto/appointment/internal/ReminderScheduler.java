package it.cassetto.appointment.internal;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs {@link AppointmentReminders} every cassetto.appointments.reminder-poll-minutes on every node (the
 * pass is safe to run on several at once), starting a minute after the application.
 */
@ApplicationScoped
public class ReminderScheduler {

    private static final Logger LOG = Logger.getLogger(ReminderScheduler.class.getName());

    @Inject
    AppointmentReminders reminders;

    @Inject
    AppointmentSettings settings;

    @Resource
    ManagedScheduledExecutorService executor;

    private ScheduledFuture<?> schedule;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        long minutes = Math.max(1, settings.reminderPollMinutes());
        schedule = executor.scheduleWithFixedDelay(this::pass, 1, minutes, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    private void pass() {
        try {
            int sent = reminders.runPass(Instant.now());
            if (sent > 0) {
                LOG.info(() -> "Appointment reminders queued: " + sent);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Appointment reminder pass failed", e);
        }
    }
}
