package it.cassetto.preferences;

import it.cassetto.preferences.internal.UserPreference;
import it.cassetto.shared.i18n.SupportedLanguage;
import it.cassetto.shared.security.CurrentUser;
import it.cassetto.shared.security.SecuredService;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The caller's own portal preferences. Every method acts on the authenticated caller only; there is
 * no way to name another user.
 */
@ApplicationScoped
@SecuredService
@PermitAll
@Transactional
public class UserPreferenceService {

    @PersistenceContext(unitName = "cassetto")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** The language the caller chose last time, if any. */
    public Optional<SupportedLanguage> preferredLanguage() {
        return find(currentUser.require().username())
                .flatMap(p -> SupportedLanguage.fromTag(p.getLanguageTag()));
    }

    /** Remembers the caller's interface language for the next sessions. */
    public void changeLanguage(@NotNull SupportedLanguage language) {
        String username = currentUser.require().username();
        Instant now = Instant.now(Clock.systemUTC());
        find(username).ifPresentOrElse(
                p -> p.changeLanguage(language.tag(), now),
                () -> em.persist(new UserPreference(username, language.tag(), now)));
    }

    private Optional<UserPreference> find(String username) {
        return em.createNamedQuery(UserPreference.BY_USERNAME, UserPreference.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }
}
