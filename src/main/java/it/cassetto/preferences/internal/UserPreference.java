package it.cassetto.preferences.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** One user's portal preferences, keyed by the Keycloak username. */
@Entity
@Table(name = "user_preference")
@NamedQuery(name = UserPreference.BY_USERNAME, query = "SELECT p FROM UserPreference p WHERE p.username = :username")
public class UserPreference {

    public static final String BY_USERNAME = "UserPreference.byUsername";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "language_tag", nullable = false)
    private String languageTag;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected UserPreference() {
    }

    public UserPreference(String username, String languageTag, Instant now) {
        this.username = Objects.requireNonNull(username);
        changeLanguage(languageTag, now);
    }

    public void changeLanguage(String languageTag, Instant now) {
        this.languageTag = Objects.requireNonNull(languageTag);
        this.updatedAt = Objects.requireNonNull(now);
    }

    public String getUsername() {
        return username;
    }

    public String getLanguageTag() {
        return languageTag;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
