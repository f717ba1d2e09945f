package it.cassetto.request.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import it.cassetto.request.RequestRuleException;
import it.cassetto.request.RequestStatus;
import it.cassetto.request.RequestListItem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Shared wording of the request pages: refusals as notifications, dates, status with outcome. */
public final class RequestMessages {

    private static final ZoneId ITALY = ZoneId.of("Europe/Rome");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private RequestMessages() {
    }

    /** Shows a business-rule refusal in the user's language. */
    public static void showRefusal(Component source, RequestRuleException refusal) {
        Notification notification = Notification.show(source.getTranslation(refusal.messageKey(),
                refusal.arguments()), 8000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("request-error");
    }

    public static void showDone(String text) {
        Notification notification = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.setId("request-done");
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ITALY));
    }

    /** "Chiusa - non accolta", "In carico", "Aperta". */
    public static String status(Component source, RequestListItem item) {
        String status = source.getTranslation(item.status().labelKey());
        if (item.status() == RequestStatus.CLOSED && item.outcome() != null) {
            return status + " - " + source.getTranslation(item.outcome().labelKey());
        }
        if (item.awaitingUser()) {
            return status + " - " + source.getTranslation("request.awaitingUser");
        }
        return status;
    }

    /** The due date, or "no guaranteed time", with "overdue" when it is. */
    public static String due(Component source, RequestListItem item) {
        if (item.dueOn() == null) {
            return source.getTranslation("request.noGuaranteedTime");
        }
        return date(item.dueOn()) + (item.overdue() ? " (" + source.getTranslation("request.overdue") + ")" : "");
    }
}
