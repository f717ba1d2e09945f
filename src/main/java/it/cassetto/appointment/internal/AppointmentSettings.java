package it.cassetto.appointment.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The booking rules' numbers, MicroProfile Config keys (so also environment variables such as
 * {@code CASSETTO_APPOINTMENTS_OPEN_DAYS}): days an open request waits before it may lead to an appointment
 * (per subject in table appointment_subject_rule, else this default), days ahead a user may book (the
 * horizon), minutes a place is held while the user confirms, days ahead an operator may add an urgent
 * appointment, and how often the reminder job runs.
 */
@ApplicationScoped
public class AppointmentSettings {

    @Inject
    @ConfigProperty(name = "cassetto.appointments.open-days", defaultValue = "7")
    int openDays;

    @Inject
    @ConfigProperty(name = "cassetto.appointments.horizon-days", defaultValue = "10")
    int horizonDays;

    @Inject
    @ConfigProperty(name = "cassetto.appointments.hold-minutes", defaultValue = "10")
    int holdMinutes;

    @Inject
    @ConfigProperty(name = "cassetto.appointments.urgent-horizon-days", defaultValue = "60")
    int urgentHorizonDays;

    @Inject
    @ConfigProperty(name = "cassetto.appointments.reminder-poll-minutes", defaultValue = "15")
    int reminderPollMinutes;

    public int openDays() {
        return openDays;
    }

    public int horizonDays() {
        return horizonDays;
    }

    public int holdMinutes() {
        return holdMinutes;
    }

    public int urgentHorizonDays() {
        return urgentHorizonDays;
    }

    public int reminderPollMinutes() {
        return reminderPollMinutes;
    }
}
