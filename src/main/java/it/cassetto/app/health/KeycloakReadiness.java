package it.cassetto.app.health;

import it.cassetto.shared.config.CassettoSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the identity provider publishes its OpenID configuration within two seconds. */
@Readiness
@ApplicationScoped
public class KeycloakReadiness implements HealthCheck {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    CassettoSettings settings;

    @Override
    public HealthCheckResponse call() {
        String discovery = settings.getOidcProviderUri() + "/.well-known/openid-configuration";
        try {
            HttpResponse<Void> response = client.send(
                    HttpRequest.newBuilder(URI.create(discovery)).timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return HealthCheckResponse.named("identity-provider")
                    .status(response.statusCode() == 200)
                    .withData("status", response.statusCode())
                    .build();
        } catch (IOException e) {
            return HealthCheckResponse.named("identity-provider").down().withData("error", String.valueOf(e)).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthCheckResponse.named("identity-provider").down().build();
        }
    }
}
