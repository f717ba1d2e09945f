package it.cassetto.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the portal's WAR on Payara Micro in a child JVM, the way production does: the same post-boot
 * commands from {@code server-config/payara}, all settings as environment variables. {@link #start()}
 * returns once MicroProfile Health reports the application ready (database and identity provider).
 */
public final class PayaraMicroServer {

    private final Path payaraJar;
    private final Path war;
    private final Path postBootCommands;
    private final Path workDir;
    private final int port;
    private final Map<String, String> environment;
    private final Path logFile;
    private volatile Process process;

    public PayaraMicroServer(Path payaraJar, Path war, Path postBootCommands, Path workDir, int port,
            Map<String, String> environment) {
        this.payaraJar = payaraJar;
        this.war = war;
        this.postBootCommands = postBootCommands;
        this.workDir = workDir;
        this.port = port;
        this.environment = Map.copyOf(environment);
        this.logFile = workDir.resolve("payara.log");
    }

    /**
     * Launches Payara Micro and waits for readiness. Not synchronized while waiting, so that
     * {@link #stop()} (for example from a Ctrl-C shutdown hook) can interrupt a start in progress.
     */
    public void start(Duration timeout) throws IOException, InterruptedException {
        synchronized (this) {
            if (process != null) {
                return;
            }
            process = launch();
        }
        awaitReady(timeout);
    }

    private Process launch() throws IOException {
        requireFile(payaraJar, "the Payara Micro jar (run the Maven build first)");
        requireFile(war, "the portal's WAR (run the Maven build first)");
        Ports.requireFree(port, "Payara Micro", "CASSETTO_PORT");
        Files.createDirectories(workDir);
        Path rootDir = workDir.resolve("payara-root");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms256m", "-Xmx1g",
                "-Djava.net.preferIPv4Stack=true",
                "-jar", payaraJar.toString(),
                "--nohazelcast",
                "--rootdir", rootDir.toString(),
                "--port", Integer.toString(port),
                "--postbootcommandfile", postBootCommands.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()));
        builder.environment().putAll(environment);
        return builder.start();
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = Instant.now().plus(timeout);
        String lastAnswer = "no answer yet";
        while (Instant.now().isBefore(deadline)) {
            Process running = process;
            if (running == null) {
                throw new IllegalStateException("Payara Micro was stopped while starting");
            }
            if (!running.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped while starting (exit code "
                        + running.exitValue() + "). Last lines of " + logFile + ":\n" + tail(logFile, 40));
            }
            try {
                HttpResponse<String> response = client.send(ready, HttpResponse.BodyHandlers.ofString());
                // Payara answers UP before the application is deployed, and the portal's own checks
                // before its pages are served: wait for both (the portal's home sends an anonymous visitor to
                // Keycloak's login; until then Payara's default page answers).
                if (response.statusCode() == 200 && response.body().contains("\"database\"")) {
                    HttpResponse<Void> home = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                            .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                    boolean sendsToLogin = home.statusCode() == 302 && home.headers().firstValue("Location")
                            .orElse("").contains("/protocol/openid-connect/auth");
                    // The security layer answers a moment before the deployment is complete: Payara's own
                    // "ready" line in the log is the last word.
                    if (sendsToLogin && payaraSaysReady()) {
                        return;
                    }
                    lastAnswer = "health UP but the portal's pages are not served yet";
                    Thread.sleep(250);
                    continue;
                }
                lastAnswer = response.statusCode() + " " + response.body();
                String failure = deploymentFailure();
                if (failure != null) {
                    stop();
                    throw new IllegalStateException("Payara Micro started but could not deploy the portal:\n" + failure);
                }
            } catch (IOException notListeningYet) {
                lastAnswer = notListeningYet.toString();
            }
            Thread.sleep(250);
        }
        stop();
        throw new IllegalStateException("Payara Micro was not ready within " + timeout.toSeconds() + " s ("
                + lastAnswer + "). Last lines of " + logFile + ":\n" + tail(logFile, 40));
    }

    /**
     * Why the deployment failed, once Payara says it is ready without the portal ("Exception while loading the
     * app" in its log): the causes logged, and what to do when Flyway refuses the database; null otherwise.
     */
    private String deploymentFailure() {
        if (!payaraSaysReady()) {
            return null;
        }
        List<String> lines;
        try (var all = Files.lines(logFile, StandardCharsets.UTF_8)) {
            lines = all.toList();
        } catch (IOException | java.io.UncheckedIOException unreadable) {
            return null;
        }
        if (lines.stream().noneMatch(line -> line.contains("Exception while loading the app"))) {
            return null;
        }
        StringBuilder causes = new StringBuilder();
        lines.stream().filter(line -> line.startsWith("Caused by") || line.startsWith("Detected "))
                .distinct().limit(12).forEach(line -> causes.append("  ").append(line).append('\n'));
        if (causes.indexOf("FlywayValidateException") >= 0) {
            causes.append("The database was migrated by another checkout whose migrations differ: delete its folder"
                    + " (target/devstack/mariadb for the tests, .devstack/mariadb for the run command) and start"
                    + " again; see the README's troubleshooting.\n");
        }
        return causes + "Log: " + logFile;
    }

    private boolean payaraSaysReady() {
        try (var lines = Files.lines(logFile, StandardCharsets.UTF_8)) {
            return lines.anyMatch(line -> line.contains("Payara Micro") && line.contains(" ready in "));
        } catch (IOException | java.io.UncheckedIOException notYet) {
            return false;
        }
    }

    public void stop() {
        Process running;
        synchronized (this) {
            running = process;
            process = null;
        }
        if (running != null) {
            ProcessTrees.stop(running, Duration.ofSeconds(20));
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
    }

    private static void requireFile(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Missing " + what + ": " + file);
        }
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(log not readable: " + e + ")";
        }
    }
}
