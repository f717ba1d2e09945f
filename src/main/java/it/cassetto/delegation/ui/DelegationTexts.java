package it.cassetto.delegation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import it.cassetto.delegation.DelegationRefusedException;
import it.cassetto.delegation.DelegationState;
import it.cassetto.shared.security.DelegationScope;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the delegation pages word dates, scopes, states and refusals, in the user's language. */
final class DelegationTexts {

    static final ZoneId ITALY = ZoneId.of("Europe/Rome");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private DelegationTexts() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ITALY));
    }

    static String validity(Component c, LocalDate from, LocalDate to) {
        return to == null ? c.getTranslation("delegation.validity.openEnded", date(from))
                : c.getTranslation("delegation.validity", date(from), date(to));
    }

    static String scope(Component c, DelegationScope scope) {
        return c.getTranslation("delegation.scope." + scope.name());
    }

    /** A state as a coloured badge whose text, not its colour, carries the meaning. */
    static Span badge(Component c, DelegationState state) {
        Span badge = new Span(c.getTranslation("delegation.state." + state.name()));
        String theme = switch (state) {
            case ACTIVE -> "badge success";
            case REQUESTED -> "badge";
            case LOCKED, REVOKED -> "badge error";
            case EXPIRED -> "badge contrast";
        };
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    /** The refusal's reason in the user's language. */
    static String refusal(Component c, DelegationRefusedException refused) {
        Object[] args = refused.arguments();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof LocalDate d) {
                args[i] = date(d);
            }
        }
        return c.getTranslation(refused.messageKey(), args);
    }
}
