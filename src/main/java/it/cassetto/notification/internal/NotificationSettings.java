package it.cassetto.notification.internal;

import it.cassetto.shared.config.CassettoSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivery settings (MicroProfile Config, each one an environment variable too): the SMS gateway, the
 * worker's polling interval and the retry policy. SMTP host, port and sender come from
 * {@link CassettoSettings}.
 */
@ApplicationScoped
public class NotificationSettings {

    @Inject
    CassettoSettings cassetto;

    @Inject
    @ConfigProperty(name = "cassetto.sms.gateway-url", defaultValue = "http://127.0.0.1:8025/sms")
    String smsGatewayUrl;

    @Inject
    @ConfigProperty(name = "cassetto.sms.token", defaultValue = "cassetto-dev-sms")
    String smsToken;

    @Inject
    @ConfigProperty(name = "cassetto.sms.sender", defaultValue = "INPS")
    String smsSender;

    @Inject
    @ConfigProperty(name = "cassetto.notifications.worker-enabled", defaultValue = "true")
    boolean workerEnabled;

    @Inject
    @ConfigProperty(name = "cassetto.notifications.poll-millis", defaultValue = "2000")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "cassetto.notifications.retry-first-seconds", defaultValue = "5")
    long retryFirstSeconds;

    @Inject
    @ConfigProperty(name = "cassetto.notifications.retry-max-seconds", defaultValue = "900")
    long retryMaxSeconds;

    @Inject
    @ConfigProperty(name = "cassetto.notifications.max-attempts", defaultValue = "12")
    int maxAttempts;

    public String smtpHost() {
        return cassetto.getSmtpHost();
    }

    public int smtpPort() {
        return cassetto.getSmtpPort();
    }

    public String mailFrom() {
        return cassetto.getMailFrom();
    }

    /** The gateway's base address without a trailing slash. */
    public String smsGatewayUrl() {
        return smsGatewayUrl.endsWith("/") ? smsGatewayUrl.substring(0, smsGatewayUrl.length() - 1) : smsGatewayUrl;
    }

    public String smsToken() {
        return smsToken;
    }

    public String smsSender() {
        return smsSender;
    }

    public boolean workerEnabled() {
        return workerEnabled;
    }

    public Duration pollInterval() {
        return Duration.ofMillis(Math.max(200, pollMillis));
    }

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(Duration.ofSeconds(retryFirstSeconds), Duration.ofSeconds(retryMaxSeconds),
                maxAttempts);
    }
}
