package it.cassetto.shared.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short confirmations and errors shown at the top of the page (announced to screen readers). */
public final class Notices {

    private Notices() {
    }

    public static void success(String text) {
        show(text, NotificationVariant.LUMO_SUCCESS, 6000);
    }

    public static void error(String text) {
        show(text, NotificationVariant.LUMO_ERROR, 10000);
    }

    private static void show(String text, NotificationVariant variant, int millis) {
        Notification notification = Notification.show(text, millis, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }
}
