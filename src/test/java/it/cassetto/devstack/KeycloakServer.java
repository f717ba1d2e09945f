package it.cassetto.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs one Keycloak server (the {@code keycloak-quarkus-dist} zip, already unpacked) as a child process
 * for the local stack and the integration tests.
 *
 * <p>Several instances may share one unpacked Keycloak home (for example a "run" instance and a "test"
 * instance) because everything an instance writes lives in its own data directory:
 * <ul>
 *   <li>the H2 database of the {@code dev-file} vendor: {@code --db-url=jdbc:h2:file:DATA/h2/keycloakdb;...}
 *       (by default Keycloak puts it under {@code HOME/data/h2});</li>
 *   <li>the realm import directory {@code DATA/import}. Keycloak's {@code --import-realm} flag is hard-wired
 *       to {@code HOME/data/import}: all it does is set the system property {@code keycloak.migration.dir}
 *       to that folder, so this class sets that property to the instance's own folder instead of passing
 *       the flag. The startup import uses the {@code IGNORE_EXISTING} strategy: on a second start on the
 *       same data directory the existing realm is kept (the file is not re-applied) and start-up is
 *       faster;</li>
 *   <li>the JTA transaction object store ({@code quarkus.transaction-manager.object-store.directory},
 *       by default {@code HOME/data/transaction-logs}).</li>
 * </ul>
 *
 * <p>The home itself is only written by the one-off {@code kc.sh build} (build-time options: health
 * endpoints, {@code dev-file} database), which {@link #start()} runs when needed. A marker file in the home
 * remembers the options and a SHA-256 fingerprint of {@code HOME/lib/quarkus}, so a fresh unpack of the
 * zip over the same folder (which restores the stock build) is detected and the build is run again. A file
 * lock keeps two JVMs from building the same home at once.
 *
 * <p>The server is started with {@code kc.sh start --optimized} in plain HTTP on 127.0.0.1 with a local
 * (non clustered) cache. The public host name is fixed to {@code http://localhost:PORT} so that the issuer
 * ({@code iss}) is the same whether a request comes from the browser or from the portal's back channel,
 * whatever host name that request used (see {@link #issuerUri()}).
 *
 * <p>Keycloak runs on the JDK given by {@link Builder#javaHome(Path)}, by default the one running this
 * class (Keycloak 26.7 runs on Java 17 as well as on later versions).
 */
public final class KeycloakServer implements AutoCloseable {

    /** The realm the portal uses; it must be the realm defined in the imported file. */
    public static final String REALM = "cassetto";

    /** The options given to {@code kc.sh build}; a change here triggers a new build. */
    static final List<String> BUILD_OPTIONS = List.of("--db=dev-file", "--health-enabled=true");

    private static final String MARKER_FILE = ".cassetto-kc-build";
    private static final String LOCK_FILE = ".cassetto-kc-build.lock";
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final int LOG_TAIL_LINES = 40;
    /** Serialises builds inside one JVM; the file lock serialises them between JVMs. */
    private static final Object BUILD_MONITOR = new Object();

    private final Path home;
    private final Path dataDir;
    private final int httpPort;
    private final int managementPort;
    private final Path realmFile;
    private final String adminUsername;
    private final String adminPassword;
    private final Path logFile;
    private final Path javaHome;
    private final Duration startTimeout;
    private final String portVariable;
    private final String managementPortVariable;

    private volatile Process process;
    private Thread shutdownHook;

    /**
     * Creates a server with the default admin account (admin/admin), the log in {@code DATA/keycloak.log}
     * and the other defaults of {@link Builder}.
     */
    public KeycloakServer(Path home, Path dataDir, int httpPort, int managementPort, Path realmFile) {
        this(builder(home, dataDir, realmFile).httpPort(httpPort).managementPort(managementPort));
    }

    private KeycloakServer(Builder b) {
        this.home = b.home.toAbsolutePath().normalize();
        this.dataDir = b.dataDir.toAbsolutePath().normalize();
        this.httpPort = b.httpPort;
        this.managementPort = b.managementPort;
        this.realmFile = b.realmFile.toAbsolutePath().normalize();
        this.adminUsername = b.adminUsername;
        this.adminPassword = b.adminPassword;
        this.logFile = (b.logFile != null ? b.logFile : this.dataDir.resolve("keycloak.log"))
                .toAbsolutePath().normalize();
        this.javaHome = (b.javaHome != null ? b.javaHome : Path.of(System.getProperty("java.home")))
                .toAbsolutePath().normalize();
        this.startTimeout = b.startTimeout;
        this.portVariable = b.portVariable;
        this.managementPortVariable = b.managementPortVariable;
        if (httpPort == managementPort) {
            throw new IllegalArgumentException("The HTTP port and the management port must differ: " + httpPort);
        }
    }

    /**
     * A builder for a server using the unpacked Keycloak in {@code home}, writing only under
     * {@code dataDir}, and importing {@code realmFile} on its first start.
     */
    public static Builder builder(Path home, Path dataDir, Path realmFile) {
        return new Builder(home, dataDir, realmFile);
    }

    /**
     * Builds (once) and starts Keycloak, then waits until its readiness check is UP and the realm's
     * OpenID configuration is served.
     *
     * @throws IllegalStateException if a port is already taken, the process dies, or it is not ready in time
     */
    public void start() {
        Process started;
        synchronized (this) {
            if (process != null && process.isAlive()) {
                throw new IllegalStateException("Keycloak on port " + httpPort + " is already running");
            }
            requireFreePort(httpPort, "HTTP", portVariable);
            requireFreePort(managementPort, "management", managementPortVariable);
            Path kcSh = home.resolve("bin").resolve("kc.sh");
            if (!Files.isRegularFile(kcSh)) {
                throw new IllegalStateException("No Keycloak in " + home + " (" + kcSh + " not found): unpack"
                        + " org.keycloak:keycloak-quarkus-dist:zip there first");
            }
            if (!Files.isRegularFile(realmFile)) {
                throw new IllegalStateException("Realm file not found: " + realmFile);
            }
            try {
                Files.createDirectories(dataDir);
                Files.createDirectories(logFile.getParent());
                Files.writeString(logFile, "", StandardCharsets.UTF_8);
                Path importDir = dataDir.resolve("import");
                Files.createDirectories(importDir);
                // The import only looks at files named *-realm.json.
                Files.copy(realmFile, importDir.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
                buildIfNeeded();
                started = newProcess(startCommand()).start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start Keycloak from " + home, e);
            }
            process = started;
            shutdownHook = new Thread(() -> stopTree(started), "keycloak-" + httpPort + "-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        // Outside the lock, so that stop() can interrupt a start that is waiting.
        try {
            waitUntilReady(started);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    /**
     * Stops Keycloak and every process it started: SIGTERM first, then, after 20 seconds, SIGKILL.
     * Does nothing if it is not running.
     */
    public synchronized void stop() {
        Process p = process;
        if (p == null) {
            return;
        }
        process = null;
        Thread hook = shutdownHook;
        shutdownHook = null;
        if (hook != null && Thread.currentThread() != hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already exiting: the hook runs anyway
            }
        }
        stopTree(p);
    }

    /** SIGTERM to kc.sh and all its descendants, wait up to 20 s, then SIGKILL what is left. */
    private static void stopTree(Process p) {
        List<ProcessHandle> tree = new ArrayList<>(p.descendants().toList());
        tree.add(p.toHandle());
        // kc.sh forwards SIGTERM to the JVM; the JVM also gets it directly, which is harmless.
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        for (ProcessHandle h : tree) {
            try {
                h.onExit().get(Math.max(deadline - System.nanoTime(), 0), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception timeout) {
                break;
            }
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        try {
            p.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** True while the Keycloak process started by {@link #start()} is alive. */
    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /**
     * The issuer of the realm, {@code http://localhost:PORT/realms/cassetto}: the value to give the portal
     * as OIDC provider URI. It is fixed with {@code --hostname}, so the tokens a browser obtains and the
     * discovery document the portal reads agree. {@code localhost} (rather than 127.0.0.1) is used because
     * the portal is opened at {@code http://localhost:8080}: with the same host name the portal and Keycloak
     * are the same site for the browser's cookie rules, and browsers treat {@code localhost} as a secure
     * context even over plain HTTP.
     */
    public String issuerUri() {
        return baseUrl() + "/realms/" + REALM;
    }

    /** The root URL of Keycloak, {@code http://localhost:PORT}. */
    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    /** The admin console (master realm, bootstrap admin account). */
    public String adminConsoleUrl() {
        return baseUrl() + "/admin/master/console/";
    }

    public int httpPort() {
        return httpPort;
    }

    public int managementPort() {
        return managementPort;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path logFile() {
        return logFile;
    }

    public String adminUsername() {
        return adminUsername;
    }

    public String adminPassword() {
        return adminPassword;
    }

    // ---------------------------------------------------------------------------------------------

    List<String> startCommand() {
        List<String> cmd = new ArrayList<>(List.of("/bin/sh", home.resolve("bin/kc.sh").toString(), "start",
                "--optimized",
                "--http-enabled=true",
                "--http-host=127.0.0.1",
                "--http-port=" + httpPort,
                "--http-management-port=" + managementPort,
                // A fixed public URL: the issuer does not depend on the Host of each request (with it,
                // hostname-strict is ignored, so the option is not passed).
                "--hostname=" + baseUrl(),
                "--cache=local",
                // the readiness polling would otherwise log "Reporting health down status" 4 times a second
                "--log-level=INFO,io.smallrye.health:WARN",
                "--db-url=jdbc:h2:file:" + dataDir.resolve("h2").resolve("keycloakdb")
                        + ";NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE"));
        return cmd;
    }

    private ProcessBuilder newProcess(List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.directory(home.toFile());
        Map<String, String> env = pb.environment();
        // Settings inherited from the caller's shell must not change the server (KC_DB, KC_HOSTNAME, ...).
        env.keySet().removeIf(k -> k.startsWith("KC_") || k.startsWith("KEYCLOAK_") || k.startsWith("QUARKUS_")
                || k.equals("JAVA_OPTS") || k.equals("JAVA_OPTS_APPEND") || k.equals("JAVA_ADD_OPENS")
                || k.equals("JAVA") || k.equals("DEBUG") || k.equals("DEBUG_PORT"));
        env.put("JAVA_HOME", javaHome.toString());
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", adminUsername);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        env.put("JAVA_OPTS_APPEND", "-Dkeycloak.migration.dir=" + dataDir.resolve("import")
                + " -Dquarkus.transaction-manager.object-store.directory=" + dataDir.resolve("transaction-logs"));
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        return pb;
    }

    @SuppressWarnings("try")
    private void buildIfNeeded() throws IOException {
        synchronized (BUILD_MONITOR) {
            try (FileChannel lockChannel = FileChannel.open(home.resolve(LOCK_FILE),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = lockChannel.lock()) {
                Path marker = home.resolve(MARKER_FILE);
                String expected = markerContent();
                if (Files.isRegularFile(marker)
                        && Files.readString(marker, StandardCharsets.UTF_8).equals(expected)) {
                    return;
                }
                List<String> cmd = new ArrayList<>(List.of("/bin/sh", home.resolve("bin/kc.sh").toString(), "build"));
                cmd.addAll(BUILD_OPTIONS);
                Files.writeString(logFile, "=== " + String.join(" ", cmd) + System.lineSeparator(),
                        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                Process build = newProcess(cmd).start();
                boolean done;
                try {
                    done = build.waitFor(10, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    build.destroyForcibly();
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while building Keycloak", e);
                }
                if (!done) {
                    build.destroyForcibly();
                    throw new IllegalStateException("kc.sh build did not finish in 10 minutes; log " + logFile
                            + ":\n" + logTail());
                }
                if (build.exitValue() != 0) {
                    throw new IllegalStateException("kc.sh build failed with exit code " + build.exitValue()
                            + "; last lines of " + logFile + ":\n" + logTail());
                }
                Files.writeString(marker, markerContent(), StandardCharsets.UTF_8);
                Files.writeString(logFile, "=== build done, starting" + System.lineSeparator(),
                        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            }
        }
    }

    /** The build options and a fingerprint of what {@code kc.sh build} writes ({@code lib/quarkus}). */
    private String markerContent() throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Path generated = home.resolve("lib").resolve("quarkus");
        if (Files.isDirectory(generated)) {
            List<Path> files;
            try (Stream<Path> s = Files.list(generated)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            byte[] buffer = new byte[64 * 1024];
            for (Path f : files) {
                sha.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(f)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        sha.update(buffer, 0, n);
                    }
                }
            }
        }
        return "build-options=" + String.join(" ", BUILD_OPTIONS) + System.lineSeparator()
                + "lib-quarkus-sha256=" + HexFormat.of().formatHex(sha.digest()) + System.lineSeparator();
    }

    private void waitUntilReady(Process started) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        URI ready = URI.create("http://127.0.0.1:" + managementPort + "/health/ready");
        URI discovery = URI.create("http://127.0.0.1:" + httpPort + "/realms/" + REALM
                + "/.well-known/openid-configuration");
        long deadline = System.nanoTime() + startTimeout.toNanos();
        boolean up = false;
        while (true) {
            if (process != started) {
                throw new IllegalStateException("Keycloak was stopped while it was starting");
            }
            if (!started.isAlive()) {
                throw new IllegalStateException("Keycloak exited during start-up with code " + started.exitValue()
                        + "; last lines of " + logFile + ":\n" + logTail());
            }
            if (!up) {
                HttpResponse<String> r = get(http, ready);
                up = r != null && r.statusCode() == 200 && r.body().contains("\"UP\"");
            }
            if (up) {
                HttpResponse<String> r = get(http, discovery);
                if (r != null && r.statusCode() == 200) {
                    String issuer = "\"issuer\":\"" + issuerUri() + "\"";
                    if (!r.body().replace(" ", "").contains(issuer)) {
                        throw new IllegalStateException("Keycloak answers with an unexpected issuer (expected "
                                + issuerUri() + "): " + r.body());
                    }
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Keycloak not ready after " + startTimeout.toSeconds() + " s ("
                        + (up ? discovery + " does not answer 200: was realm " + REALM + " imported?"
                              : ready + " is not UP") + "); last lines of " + logFile + ":\n" + logTail());
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
        }
    }

    private static HttpResponse<String> get(HttpClient http, URI uri) {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }

    /** The last lines of the log file (the file is read from its end, it can be large). */
    String logTail() {
        try (FileChannel ch = FileChannel.open(logFile, StandardOpenOption.READ)) {
            long size = ch.size();
            int len = (int) Math.min(size, 256 * 1024);
            ByteBuffer buf = ByteBuffer.allocate(len);
            ch.read(buf, size - len);
            String text = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
            Deque<String> lines = new ArrayDeque<>();
            for (String line : text.split("\\R")) {
                lines.addLast(line);
                if (lines.size() > LOG_TAIL_LINES) {
                    lines.removeFirst();
                }
            }
            return String.join(System.lineSeparator(), lines);
        } catch (IOException e) {
            return "(cannot read " + logFile + ": " + e + ")";
        }
    }

    private void requireFreePort(int port, String what, String variable) {
        if (!isFree(port)) {
            throw new IllegalStateException("Port " + port + " is already in use: is another Keycloak running? "
                    + "Stop it, or set " + variable + " to choose another Keycloak " + what + " port.");
        }
    }

    /**
     * True if nothing listens on the port on 127.0.0.1 nor on ::1 (browsers may try {@code localhost} on
     * ::1 first, so a program listening there would get the requests meant for Keycloak).
     */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 1);
        } catch (IOException taken) {
            return false;
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getByName("::1"), port), 300);
            return false;
        } catch (IOException refusedOrNoIpv6) {
            return true;
        }
    }

    /** Options of a {@link KeycloakServer}; every one but the folders and the realm file has a default. */
    public static final class Builder {
        private final Path home;
        private final Path dataDir;
        private final Path realmFile;
        private int httpPort = 8180;
        private int managementPort = 9180;
        private String adminUsername = "admin";
        private String adminPassword = "admin";
        private Path logFile;
        private Path javaHome;
        private Duration startTimeout = Duration.ofSeconds(180);
        private String portVariable = "CASSETTO_KEYCLOAK_PORT";
        private String managementPortVariable = "CASSETTO_KEYCLOAK_MANAGEMENT_PORT";

        private Builder(Path home, Path dataDir, Path realmFile) {
            this.home = Objects.requireNonNull(home, "home");
            this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
            this.realmFile = Objects.requireNonNull(realmFile, "realmFile");
        }

        /** HTTP port on 127.0.0.1 (default 8180). */
        public Builder httpPort(int port) {
            this.httpPort = port;
            return this;
        }

        /** Management port (health endpoints) on 127.0.0.1 (default 9180). */
        public Builder managementPort(int port) {
            this.managementPort = port;
            return this;
        }

        /** Bootstrap admin of the master realm, created on the first start only (default admin/admin). */
        public Builder admin(String username, String password) {
            this.adminUsername = Objects.requireNonNull(username);
            this.adminPassword = Objects.requireNonNull(password);
            return this;
        }

        /** Where the output of kc.sh goes (default {@code DATA/keycloak.log}); truncated at each start. */
        public Builder logFile(Path file) {
            this.logFile = file;
            return this;
        }

        /** The JDK that runs Keycloak (default: the one running this class). */
        public Builder javaHome(Path jdk) {
            this.javaHome = jdk;
            return this;
        }

        /** How long {@link KeycloakServer#start()} waits for readiness (default 180 s; the build is extra). */
        public Builder startTimeout(Duration timeout) {
            this.startTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        /** Names of the environment variables that move the ports, quoted when a port is taken. */
        public Builder portVariables(String httpPortVariable, String managementPortVariable) {
            this.portVariable = Objects.requireNonNull(httpPortVariable);
            this.managementPortVariable = Objects.requireNonNull(managementPortVariable);
            return this;
        }

        public KeycloakServer build() {
            return new KeycloakServer(this);
        }
    }
}
