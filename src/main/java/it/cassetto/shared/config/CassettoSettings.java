package it.cassetto.shared.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's runtime settings, read through MicroProfile Config so that each one can be given as an
 * environment variable (for example {@code cassetto.oidc.provider-uri} as
 * {@code CASSETTO_OIDC_PROVIDER_URI}). The defaults are those of the local stack started by the run
 * command; production sets them all. The database settings are read by Payara itself, see
 * {@link it.cassetto.shared.persistence.CassettoDataSource}.
 *
 * <p>Named {@code cassettoSettings} so that the OpenID Connect definition can refer to it in its
 * {@code ${...}} expressions.
 */
@ApplicationScoped
@Named("cassettoSettings")
public class CassettoSettings {

    @Inject
    @ConfigProperty(name = "cassetto.oidc.provider-uri", defaultValue = "http://localhost:8180/realms/cassetto")
    String oidcProviderUri;

    @Inject
    @ConfigProperty(name = "cassetto.oidc.client-id", defaultValue = "cassetto-portal")
    String oidcClientId;

    @Inject
    @ConfigProperty(name = "cassetto.oidc.client-secret", defaultValue = "cassetto-dev-secret")
    String oidcClientSecret;

    @Inject
    @ConfigProperty(name = "cassetto.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "cassetto.smtp.host", defaultValue = "127.0.0.1")
    String smtpHost;

    @Inject
    @ConfigProperty(name = "cassetto.smtp.port", defaultValue = "2525")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "cassetto.mail.from", defaultValue = "Cassetto previdenziale <noreply@cassetto.example.it>")
    String mailFrom;

    public String getOidcProviderUri() {
        return oidcProviderUri;
    }

    public String getOidcClientId() {
        return oidcClientId;
    }

    public String getOidcClientSecret() {
        return oidcClientSecret;
    }

    /** The address users reach the portal at, without a trailing slash. */
    public String getPublicUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String getSmtpHost() {
        return smtpHost;
    }

    public int getSmtpPort() {
        return smtpPort;
    }

    public String getMailFrom() {
        return mailFrom;
    }
}
