package it.cassetto.devstack;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where and on which ports the local stack runs. Two profiles: {@link #forRun()} for the README's run
 * command (data kept in {@code .devstack/} of the project between runs) and {@link #forTests()} for the
 * integration tests (other ports, data under {@code target/}, so both can run at once). Every port can
 * be moved with an environment variable.
 */
public record StackSettings(
        String name,
        Path projectDir,
        Path cacheDir,
        Path dataDir,
        Path keycloakHome,
        Path payaraJar,
        Path war,
        int portalPort,
        int keycloakPort,
        int keycloakManagementPort,
        int databasePort,
        int smtpPort,
        int mailWebPort) {

    public static final String DB_NAME = "cassetto";
    public static final String DB_USER = "cassetto";
    public static final String DB_PASSWORD = "cassetto";
    public static final String OIDC_CLIENT_ID = "cassetto-portal";
    public static final String OIDC_CLIENT_SECRET = "cassetto-dev-secret";
    public static final String KEYCLOAK_ADMIN = "admin";
    public static final String KEYCLOAK_ADMIN_PASSWORD = "admin";

    /** The ports and folders of the run command. */
    public static StackSettings forRun() {
        Path project = resolveProjectDir();
        return new StackSettings("run", project, resolveCacheDir(), project.resolve(".devstack"),
                resolveKeycloakHome(), payaraJar(project), war(project),
                port("CASSETTO_PORT", 8080), port("CASSETTO_KEYCLOAK_PORT", 8180),
                port("CASSETTO_KEYCLOAK_MANAGEMENT_PORT", 9180), port("CASSETTO_DB_PORT", 3307),
                port("CASSETTO_SMTP_PORT", 2525), port("CASSETTO_MAIL_WEB_PORT", 8025));
    }

    /** The ports and folders of the integration tests. */
    public static StackSettings forTests() {
        Path project = resolveProjectDir();
        return new StackSettings("test", project, resolveCacheDir(), project.resolve("target/devstack"),
                resolveKeycloakHome(), payaraJar(project), war(project),
                port("CASSETTO_TEST_PORT", 18080), port("CASSETTO_TEST_KEYCLOAK_PORT", 18180),
                port("CASSETTO_TEST_KEYCLOAK_MANAGEMENT_PORT", 19180), port("CASSETTO_TEST_DB_PORT", 13307),
                port("CASSETTO_TEST_SMTP_PORT", 12525), port("CASSETTO_TEST_MAIL_WEB_PORT", 18025));
    }

    /** The Keycloak realm, with the demo users, that the stack imports. */
    public Path realmFile() {
        return projectDir.resolve("server-config/keycloak/cassetto-realm.json");
    }

    public String portalUrl() {
        return "http://localhost:" + portalPort;
    }

    public String issuerUri() {
        return "http://localhost:" + keycloakPort + "/realms/cassetto";
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + databasePort + "/" + DB_NAME;
    }

    /** The environment the portal is started with: the same variables production sets. */
    public Map<String, String> portalEnvironment() {
        return Map.ofEntries(
                Map.entry("CASSETTO_DB_URL", jdbcUrl()),
                Map.entry("CASSETTO_DB_USER", DB_USER),
                Map.entry("CASSETTO_DB_PASSWORD", DB_PASSWORD),
                Map.entry("CASSETTO_OIDC_PROVIDER_URI", issuerUri()),
                Map.entry("CASSETTO_OIDC_CLIENT_ID", OIDC_CLIENT_ID),
                Map.entry("CASSETTO_OIDC_CLIENT_SECRET", OIDC_CLIENT_SECRET),
                Map.entry("CASSETTO_PUBLIC_URL", portalUrl()),
                Map.entry("CASSETTO_SMTP_HOST", "127.0.0.1"),
                Map.entry("CASSETTO_SMTP_PORT", Integer.toString(smtpPort)),
                Map.entry("CASSETTO_SMS_GATEWAY_URL", "http://127.0.0.1:" + mailWebPort + "/sms"),
                Map.entry("CASSETTO_SMS_TOKEN", FakeSmsGateway.TOKEN),
                Map.entry("CASSETTO_NOTIFICATIONS_POLL_MILLIS", "1000"),
                Map.entry("CASSETTO_DEMO_DATA_ENABLED", "true"));
    }

    private static Path resolveProjectDir() {
        return Path.of(System.getProperty("cassetto.projectDir", ".")).toAbsolutePath().normalize();
    }

    private static Path resolveCacheDir() {
        String configured = System.getenv("CASSETTO_CACHE");
        if (configured == null) {
            configured = System.getProperty("cassetto.cache",
                    Path.of(System.getProperty("user.home"), ".cache", "cassetto").toString());
        }
        return Path.of(configured).toAbsolutePath();
    }

    private static Path resolveKeycloakHome() {
        String home = System.getProperty("cassetto.keycloakHome");
        if (home == null) {
            throw new IllegalStateException("System property cassetto.keycloakHome is not set: start the stack"
                    + " through Maven (mvn package -Prun), which unpacks Keycloak first.");
        }
        return Path.of(home);
    }

    private static Path payaraJar(Path project) {
        return Path.of(System.getProperty("cassetto.payaraJar", project.resolve("target/payara-micro.jar").toString()));
    }

    private static Path war(Path project) {
        return Path.of(System.getProperty("cassetto.war", project.resolve("target/cassetto.war").toString()));
    }

    private static int port(String variable, int defaultPort) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(variable + " must be a port number, not '" + value + "'");
        }
    }
}
