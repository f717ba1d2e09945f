package it.cassetto.app;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import it.cassetto.shared.security.AccessDeniedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Turns exceptions thrown by listeners (a click, a value change) into a clear, polite notification:
 * access denied, invalid input, a record changed by someone else, or an unexpected error with a
 * reference the user can quote to the help desk (the full trace goes to the log under it).
 */
@ApplicationScoped
public class CentralErrorHandler implements ErrorHandler {

    private static final Logger LOG = Logger.getLogger(CentralErrorHandler.class.getName());

    @Override
    public void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        Throwable cause = rootOf(event.getThrowable());
        String message;
        if (cause instanceof AccessDeniedException || cause instanceof SecurityException) {
            LOG.log(Level.INFO, "Access denied: {0}", cause.getMessage());
            message = translate(ui, "error.accessDenied.text");
        } else if (cause instanceof ConstraintViolationException violations) {
            message = violations.getConstraintViolations().stream()
                    .map(v -> v.getMessage()).distinct().collect(Collectors.joining("; "));
        } else if (cause instanceof OptimisticLockException) {
            message = translate(ui, "error.concurrentChange");
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, event.getThrowable());
            message = translate(ui, "error.unexpected.text", reference);
        }
        if (ui != null) {
            String text = message;
            ui.access(() -> {
                Notification notification = Notification.show(text, 8000, Notification.Position.TOP_CENTER);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                notification.getElement().setAttribute("role", "alert");
            });
        }
    }

    private static String translate(UI ui, String key, Object... params) {
        return ui == null ? key : ui.getTranslation(key, params);
    }

    static Throwable rootOf(Throwable throwable) {
        Throwable current = throwable;
        while (current.getCause() != null && current.getCause() != current
                && !(current instanceof AccessDeniedException)
                && !(current instanceof ConstraintViolationException)
                && !(current instanceof OptimisticLockException)) {
            current = current.getCause();
        }
        return current;
    }
}
