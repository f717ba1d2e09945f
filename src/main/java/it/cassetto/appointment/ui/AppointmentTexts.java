package it.cassetto.appointment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import it.cassetto.appointment.Appointment;
import it.cassetto.appointment.AppointmentRuleException;
import it.cassetto.appointment.BookingEligibility;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** The appointments' wording: dates and times, statuses, the booking rule's answer, refusals. */
final class AppointmentTexts {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private AppointmentTexts() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "giovedì 03/12/2026". */
    static String day(Component source, LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, locale(source)) + " " + DATE.format(date);
    }

    /** "03/12/2026 09:30-10:00". */
    static String when(Appointment a) {
        return DATE.format(a.start()) + " " + TIME.format(a.start()) + "-" + TIME.format(a.end());
    }

    static String time(LocalDateTime start, LocalDateTime end) {
        return TIME.format(start) + "-" + TIME.format(end);
    }

    static String status(Component source, Appointment a) {
        return source.getTranslation(a.status().labelKey())
                + (a.urgent() ? " · " + source.getTranslation("appointment.urgent") : "");
    }

    /** What the request page says next to "Prenota appuntamento". */
    static String eligibility(Component source, BookingEligibility e) {
        return e.bookableFrom() == null ? source.getTranslation(e.reason().labelKey())
                : source.getTranslation(e.reason().labelKey(), date(e.bookableFrom()));
    }

    /** Shows a refusal in the user's language. */
    static void refusal(Component source, AppointmentRuleException refusal) {
        Object[] arguments = refusal.arguments();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                arguments[i] = date(LocalDate.parse(text));
            }
        }
        Notification notification = Notification.show(source.getTranslation(refusal.messageKey(), arguments), 8000,
                Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("appointment-error");
    }

    static void done(String text) {
        Notification notification = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.setId("appointment-done");
    }

    private static Locale locale(Component source) {
        com.vaadin.flow.component.UI ui = source.getUI().orElse(com.vaadin.flow.component.UI.getCurrent());
        return ui == null ? Locale.ITALIAN : ui.getLocale();
    }
}
