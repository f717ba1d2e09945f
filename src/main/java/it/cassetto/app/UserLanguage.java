package it.cassetto.app;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import it.cassetto.preferences.UserPreferenceService;
import it.cassetto.shared.i18n.SupportedLanguage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Chooses the interface language of a browser session: the one the user saved last time, otherwise
 * Italian; and switches it on request, remembering the choice.
 */
@ApplicationScoped
public class UserLanguage {

    private static final Logger LOG = Logger.getLogger(UserLanguage.class.getName());
    private static final String RESOLVED = UserLanguage.class.getName() + ".resolved";

    @Inject
    UserPreferenceService preferences;

    /** Sets the UI's locale and the document language, loading the saved choice once per session. */
    void apply(UI ui) {
        VaadinSession session = ui.getSession();
        if (session.getAttribute(RESOLVED) == null) {
            SupportedLanguage language = SupportedLanguage.DEFAULT;
            try {
                language = preferences.preferredLanguage().orElse(SupportedLanguage.DEFAULT);
            } catch (RuntimeException unavailable) {
                LOG.log(Level.WARNING, "Could not read the saved language; using Italian", unavailable);
            }
            session.setLocale(language.locale());
            session.setAttribute(RESOLVED, Boolean.TRUE);
        }
        SupportedLanguage current = SupportedLanguage.of(session.getLocale());
        ui.setLocale(current.locale());
        ui.getElement().executeJs("document.documentElement.lang = $0", current.tag());
    }

    /** Switches the session to {@code language}, saves it for next time and reloads the page. */
    public void switchTo(UI ui, SupportedLanguage language) {
        preferences.changeLanguage(language);
        ui.getSession().setLocale(language.locale());
        ui.getPage().reload();
    }
}
