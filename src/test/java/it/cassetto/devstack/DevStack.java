package it.cassetto.devstack;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Logger;

/**
 * The whole local stack of Cassetto: a real MariaDB server, a real Keycloak with the project's realm
 * and demo users, a mail catcher, and Payara Micro with the portal's WAR connected to all three.
 * Used by the README's run command ({@link DevStackMain}) and, with other ports, by the integration
 * tests ({@link DevStackSessionListener}). Servers start in parallel where they can: Payara needs the
 * database, Keycloak is only needed when the first user logs in.
 */
public final class DevStack implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DevStack.class.getName());

    private final StackSettings settings;
    private final MariaDbServer database;
    private final KeycloakServer keycloak;
    private final MailCatcher mail;
    private final PayaraMicroServer portal;
    private Duration startupTime;

    public DevStack(StackSettings settings) {
        this.settings = settings;
        boolean tests = settings.name().equals("test");
        String prefix = tests ? "CASSETTO_TEST_" : "CASSETTO_";
        this.database = new MariaDbServer(MariaDbServer.Config
                .of(settings.databasePort(), settings.dataDir().resolve("mariadb"),
                        settings.cacheDir().resolve("mariadb").resolve("mariadb-" + MariaDbServer.MARIADB_VERSION))
                .withDatabase(StackSettings.DB_NAME, StackSettings.DB_USER, StackSettings.DB_PASSWORD)
                .withPort(settings.databasePort(), prefix + "DB_PORT"));
        this.keycloak = KeycloakServer
                .builder(settings.keycloakHome(), settings.dataDir().resolve("keycloak"),
                        settings.realmFile())
                .httpPort(settings.keycloakPort())
                .managementPort(settings.keycloakManagementPort())
                .admin(StackSettings.KEYCLOAK_ADMIN, StackSettings.KEYCLOAK_ADMIN_PASSWORD)
                .portVariables(prefix + "KEYCLOAK_PORT", prefix + "KEYCLOAK_MANAGEMENT_PORT")
                .build();
        this.mail = new MailCatcher(settings.smtpPort(), prefix + "SMTP_PORT", settings.mailWebPort(),
                prefix + "MAIL_WEB_PORT");
        this.portal = new PayaraMicroServer(settings.payaraJar(), settings.war(),
                settings.projectDir().resolve("server-config/payara/post-boot-commands.asadmin"),
                settings.dataDir().resolve("payara"), settings.portalPort(), settings.portalEnvironment());
    }

    /** Starts every server and returns once the portal reports itself ready. */
    public DevStack start() {
        long begin = System.nanoTime();
        try {
            CompletableFuture<Void> identity = CompletableFuture.runAsync(keycloak::start);
            CompletableFuture<Void> backing = CompletableFuture.runAsync(database::start)
                    .thenRun(mail::start);
            backing.join();
            LOG.info("MariaDB and the mail catcher are up; deploying the portal on Payara Micro");
            CompletableFuture<Void> app = CompletableFuture.runAsync(() -> {
                try {
                    portal.start(Duration.ofSeconds(240));
                } catch (IOException e) {
                    throw new CompletionException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CompletionException(e);
                }
            });
            CompletableFuture.allOf(identity, app).join();
        } catch (CompletionException | IllegalStateException e) {
            close();
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause.getMessage(), cause);
        }
        startupTime = Duration.ofNanos(System.nanoTime() - begin);
        return this;
    }

    /** Stops what was started, the portal first. Safe to call more than once. */
    @Override
    public void close() {
        runQuietly(portal::stop);
        runQuietly(keycloak::stop);
        runQuietly(mail::stop);
        runQuietly(database::stop);
    }

    private static void runQuietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.warning("While stopping the stack: " + e);
        }
    }

    public StackSettings settings() {
        return settings;
    }

    public MariaDbServer database() {
        return database;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public MailCatcher mail() {
        return mail;
    }

    public PayaraMicroServer portal() {
        return portal;
    }

    /** How long {@link #start()} took. */
    public Duration startupTime() {
        return startupTime;
    }
}
