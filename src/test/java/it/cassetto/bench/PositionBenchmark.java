package it.cassetto.bench;

import it.cassetto.delegation.PositionReach;
import it.cassetto.delegation.internal.ReachQueries;
import it.cassetto.delegation.internal.SqlPositionRelationsProvider;
import it.cassetto.demo.DemoDataGenerator;
import it.cassetto.demo.DemoDataSize;
import it.cassetto.demo.DemoFacts;
import it.cassetto.devstack.MariaDbServer;
import it.cassetto.position.PositionSearchCriteria;
import it.cassetto.position.Section;
import it.cassetto.position.SectionFilter;
import it.cassetto.position.internal.PositionQueries;
import it.cassetto.position.internal.PositionSearchQueryBuilder;
import it.cassetto.position.internal.SectionDefinition;
import it.cassetto.position.internal.SectionDefinitions;
import it.cassetto.position.internal.SectionPages;
import it.cassetto.position.internal.SectionQueryBuilder;
import it.cassetto.position.internal.SqlQuery;
import it.cassetto.shared.query.PageRequest;
import it.cassetto.shared.query.SortDirection;
import it.cassetto.shared.value.AmountRange;
import it.cassetto.shared.value.PeriodRange;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;

/**
 * The benchmark of the position backend's reads on {@link DemoDataSize#BENCHMARK} data (run by
 * {@code mvn -B verify -Pbench}; see docs/benchmarks.md): starts its own MariaDB (data kept in
 * {@code target/bench}), migrates, loads the data once (timed), then times the services' own query code
 * ({@link SectionPages}, {@link PositionQueries}, the reach SQL of {@link ReachQueries}) over JDBC: every list
 * section of the biggest and of a small position, first and later page, with each filter, the summary, and
 * Ricerca for supervisor, operator and intermediaries. For each case: median and p95 over the runs, the
 * statements the server counted, and EXPLAIN of the first-page query with the index it uses.
 */
public final class PositionBenchmark {

    static final long BIG = DemoFacts.ROSSI_COSTRUZIONI;
    static final long SMALL = DemoFacts.COMUNE_TIVOLI_1;
    static final int PAGE_SIZE = 50;
    static final int LATER_PAGE = 100;
    static final double TARGET_MS = 50;
    /** The status each section's status filter uses, the one users filter on most. */
    static final Set<String> STATUSES = Set.of("OPEN", "IN_PROGRESS", "WITH_ERRORS");

    /** One measured use of the query code; returns the number of rows it read. */
    interface Work {
        int run(JdbcSqlRunner sql) throws Exception;
    }

    /** What EXPLAIN should show for a first page: one of these keys, and whether a filesort is acceptable. */
    record Expectation(SqlQuery query, String table, Set<String> keys, boolean filesortAllowed) {
    }

    record Case(String group, String name, String position, Work work, Expectation expectation) {
    }

    record Result(Case c, int rows, long statements, double median, double p95, String explain, String verdict) {
    }

    private final Connection connection;
    private final LocalDate today;
    private final YearMonth lastPeriod;
    private final List<Case> cases = new ArrayList<>();
    private final Map<String, String> indexColumns = new LinkedHashMap<>();

    PositionBenchmark(Connection connection, LocalDate referenceDate) {
        this.connection = connection;
        this.today = referenceDate;
        this.lastPeriod = YearMonth.from(referenceDate).minusMonths(1);
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("cassetto.bench.dir", "target/bench")).toAbsolutePath();
        int port = Integer.getInteger("cassetto.bench.dbPort", 13317);
        int runs = Integer.getInteger("cassetto.bench.runs", 30);
        int warmup = Integer.getInteger("cassetto.bench.warmup", 5);
        Path cache = Path.of(System.getProperty("cassetto.cache",
                Path.of(System.getProperty("user.home"), ".cache", "cassetto").toString()));
        MariaDbServer server = new MariaDbServer(MariaDbServer.Config
                .of(port, dir.resolve("mariadb"), cache.resolve("mariadb").resolve("mariadb-" + MariaDbServer.MARIADB_VERSION))
                .withPort(port, "cassetto.bench.dbPort (-Dcassetto.bench.dbPort=...)"));
        System.out.printf("Cassetto benchmark: %d cores, Java %s, MariaDB %s on port %d, data in %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                MariaDbServer.MARIADB_VERSION, port, dir.resolve("mariadb"));
        server.start();
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(),
                server.password())) {
            LocalDate referenceDate = prepareData(server, connection, dir);
            PositionBenchmark benchmark = new PositionBenchmark(connection, referenceDate);
            List<Result> results = benchmark.run(warmup, runs);
            String table = table(results, runs);
            System.out.println();
            System.out.println(table);
            Files.writeString(dir.resolve("results.md"), table);
            System.out.println("Written to " + dir.resolve("results.md"));
        } finally {
            server.stop();
        }
    }

    // ---- data -----------------------------------------------------------------------------------------

    /** Migrates, and loads the benchmark data unless a previous run completed that; returns its reference date. */
    static LocalDate prepareData(MariaDbServer server, Connection connection, Path dir) throws Exception {
        Path loaded = dir.resolve("loaded.properties");
        Path loading = dir.resolve("loading.marker");
        Flyway flyway = Flyway.configure(PositionBenchmark.class.getClassLoader())
                .dataSource(server.jdbcUrl(), server.username(), server.password())
                .locations("classpath:db/migration").validateMigrationNaming(true).cleanDisabled(false).load();
        if (Files.exists(loading)) {
            System.out.println("A previous load did not finish: dropping its tables");
            flyway.clean();
            Files.deleteIfExists(loaded);
        }
        long t0 = System.nanoTime();
        flyway.migrate();
        System.out.printf("Migrations applied (schema %s) in %d ms%n", flyway.info().current().getVersion(),
                (System.nanoTime() - t0) / 1_000_000);
        Properties facts = new Properties();
        if (Files.exists(loaded) && count(connection, "contribution_position") > 0) {
            try (Reader reader = Files.newBufferedReader(loaded)) {
                facts.load(reader);
            }
            System.out.printf("Benchmark data already loaded (in %s ms on %s): skipping the load%n",
                    facts.getProperty("loadMillis"), facts.getProperty("loadedAt"));
        } else {
            if (count(connection, "contribution_position") > 0) {
                flyway.clean();
                flyway.migrate();
            }
            Files.writeString(loading, "loading\n");
            LocalDate referenceDate = LocalDate.now(ZoneId.of("Europe/Rome"));
            System.out.printf("Loading %s ...%n", DemoDataSize.BENCHMARK);
            long start = System.nanoTime();
            Map<String, Long> counts = new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED, DemoDataSize.BENCHMARK,
                    referenceDate).insert(connection);
            long loadMillis = (System.nanoTime() - start) / 1_000_000;
            long analyzeStart = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE TABLE " + String.join(", ", DemoDataGenerator.COLUMNS.keySet()));
            }
            long analyzeMillis = (System.nanoTime() - analyzeStart) / 1_000_000;
            long rows = counts.values().stream().mapToLong(Long::longValue).sum();
            facts.setProperty("loadMillis", Long.toString(loadMillis));
            facts.setProperty("analyzeMillis", Long.toString(analyzeMillis));
            facts.setProperty("referenceDate", referenceDate.toString());
            facts.setProperty("loadedAt", java.time.Instant.now().toString());
            facts.setProperty("rows", Long.toString(rows));
            counts.forEach((table, n) -> facts.setProperty("rows." + table, Long.toString(n)));
            try (Writer writer = Files.newBufferedWriter(loaded)) {
                facts.store(writer, "Benchmark data loaded by it.cassetto.bench.PositionBenchmark");
            }
            Files.delete(loading);
            System.out.printf("Loaded %,d rows in %,d ms (%,.0f rows/s; ANALYZE TABLE %,d ms): %s%n", rows,
                    loadMillis, rows * 1000.0 / loadMillis, analyzeMillis, counts);
        }
        System.out.printf("Rows: %,d payments, %,d positions; position %d has %,d payments, position %d %,d%n",
                count(connection, "payment"), count(connection, "contribution_position"), BIG,
                scalar(connection, "SELECT COUNT(*) FROM payment WHERE position_id = " + BIG), SMALL,
                scalar(connection, "SELECT COUNT(*) FROM payment WHERE position_id = " + SMALL));
        return LocalDate.parse(facts.getProperty("referenceDate"));
    }

    static long count(Connection connection, String table) throws SQLException {
        return scalar(connection, "SELECT COUNT(*) FROM " + table);
    }

    static long scalar(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    // ---- cases ----------------------------------------------------------------------------------------

    List<Result> run(int warmup, int runs) throws Exception {
        sectionCases(BIG, "big");
        sectionCases(SMALL, "small");
        ricercaCases();
        List<Result> results = new ArrayList<>();
        for (Case c : cases) {
            Result result = measure(c, warmup, runs);
            results.add(result);
            System.out.printf("%-9s %-34s %-6s rows %5d  stmts %d  median %7.2f ms  p95 %7.2f ms  %s %s%n",
                    c.group(), c.name(), c.position(), result.rows(), result.statements(), result.median(),
                    result.p95(), result.verdict(), result.explain());
        }
        return results;
    }

    private void sectionCases(long positionId, String label) throws SQLException {
        String position = label + " #" + positionId;
        for (Section section : Section.values()) {
            if (!section.isList()) {
                continue;
            }
            SectionDefinition definition = SectionDefinitions.of(section);
            Map<String, SectionFilter> filters = new LinkedHashMap<>();
            filters.put("no filter", SectionFilter.NONE);
            filters.put("period last 12 months", new SectionFilter(new PeriodRange(lastPeriod.minusMonths(11),
                    lastPeriod), Set.of(), AmountRange.ANY));
            filters.put("period 10 years to 1 year ago", new SectionFilter(new PeriodRange(lastPeriod.minusMonths(120),
                    lastPeriod.minusMonths(12)), Set.of(), AmountRange.ANY));
            if (definition.hasStatus()) {
                String status = definition.statuses().stream().filter(STATUSES::contains).findFirst()
                        .orElse(new TreeSet<>(definition.statuses()).first());
                filters.put("status " + status, new SectionFilter(PeriodRange.ANY, Set.of(status), AmountRange.ANY));
            }
            filters.put("amount 30,000-40,000", new SectionFilter(PeriodRange.ANY, Set.of(),
                    new AmountRange(new BigDecimal("30000.00"), new BigDecimal("40000.00"))));
            String sortColumn = definition.column(definition.defaultSortKey()).orElseThrow().sql();
            String sortIndex = indexOn(definition.table(), "position_id," + sortColumn + ",id");
            for (Map.Entry<String, SectionFilter> filter : filters.entrySet()) {
                PageRequest first = new PageRequest(0, PAGE_SIZE, null, SortDirection.DESCENDING);
                SqlQuery query = new SectionQueryBuilder(definition, positionId, filter.getValue()).page(first);
                // The sort column's index; or, with a filter, the filter column's (then sorting the matches).
                Set<String> intended = new HashSet<>(Set.of(sortIndex));
                SectionFilter f = filter.getValue();
                if (f.period().from() != null) {
                    intended.add(indexOn(definition.table(), "position_id,competence_month,id"));
                }
                if (f.amount().min() != null) {
                    intended.add(indexOn(definition.table(), "position_id,amount,id"));
                }
                if (!f.statuses().isEmpty()) {
                    intended.add(indexOn(definition.table(), "position_id,status"));
                    intended.add(indexOn(definition.table(), "position_id,status," + sortColumn));
                }
                cases.add(new Case(section.code(), filter.getKey() + ", page 1", position,
                        sql -> new SectionPages(sql).page(positionId, section, f, first).items().size(),
                        new Expectation(query, definition.table(), intended, positionId != BIG)));
            }
            PageRequest later = new PageRequest(LATER_PAGE - 1, PAGE_SIZE, null, SortDirection.DESCENDING);
            cases.add(new Case(section.code(), "no filter, page " + LATER_PAGE, position,
                    sql -> new SectionPages(sql).page(positionId, section, SectionFilter.NONE, later).items().size(),
                    null));
        }
        cases.add(new Case("guard", "relations of datore to the position", position, sql -> sql.list(
                new SqlQuery(SqlPositionRelationsProvider.SQL, List.of("datore", positionId)), 1_000).size(), null));
        cases.add(new Case("summary", "header, balances, latest rows", position, sql -> {
            PositionQueries queries = new PositionQueries(sql);
            SectionPages pages = new SectionPages(sql);
            int rows = queries.header(positionId).isPresent() ? 1 : 0;
            queries.openDebit(positionId);
            queries.statusSince(positionId);
            queries.openEca(positionId);
            return rows + pages.latestPayments(positionId).size() + pages.declarationsWithErrors(positionId).size();
        }, null));
    }

    private void ricercaCases() throws SQLException {
        String bigCf = string("SELECT holder_fiscal_code FROM contribution_position WHERE id = " + BIG);
        String bigMatricola = DemoFacts.romaMatricola(BIG);
        String verdiCf = string("SELECT fiscal_code FROM firm_member WHERE username = 'studio.verdi'");
        long verdiPosition = scalar(connection, "SELECT MAX(position_id) FROM delegation"
                + " WHERE intermediary_username = 'studio.verdi' AND status = 'ACTIVE'");
        String verdiMatricola = string("SELECT COALESCE(matricola, holder_fiscal_code) FROM contribution_position"
                + " WHERE id = " + verdiPosition);
        String verdiCf2 = string("SELECT holder_fiscal_code FROM contribution_position WHERE id = " + verdiPosition);
        String clientCf = string("SELECT holder_fiscal_code FROM contribution_position WHERE id = "
                + DemoFacts.TRATTORIA_DA_ENZO);

        Set<String> byName = Set.of("ix_position_name");
        Set<String> byOfficeName = Set.of("ix_position_office_name");
        Set<String> byCf = Set.of("uk_position_fiscal_code_progressivo");
        Set<String> byMatricola = Set.of("uk_position_matricola");
        Set<String> byIdOrName = Set.of("PRIMARY", "ix_position_name");

        Reach supervisor = sql -> new PositionReach(true, Set.of(), null, Set.of(), Set.of());
        ricerca("supervisor", "all, page 1", supervisor, PositionSearchCriteria.ANY, 0, byName, false);
        ricerca("supervisor", "all, page " + LATER_PAGE, supervisor, PositionSearchCriteria.ANY, LATER_PAGE - 1,
                null, false);
        ricerca("supervisor", "name 'Rossi'", supervisor, PositionSearchCriteria.fromText("Rossi"), 0, byName, false);
        ricerca("supervisor", "name 'Comune di R'", supervisor, PositionSearchCriteria.fromText("Comune di R"), 0,
                byName, false);
        ricerca("supervisor", "cf " + bigCf, supervisor, PositionSearchCriteria.fromText(bigCf), 0, byCf, true);
        ricerca("supervisor", "matricola " + bigMatricola, supervisor, PositionSearchCriteria.fromText(bigMatricola),
                0, byMatricola, true);

        Reach operator = sql -> new PositionReach(false, ids(sql, new SqlQuery(ReachQueries.OFFICES,
                List.of("operatore")), 100), null, Set.of(), Set.of());
        ricerca("operator", "all, page 1", operator, PositionSearchCriteria.ANY, 0, byOfficeName, false);
        ricerca("operator", "all, page " + LATER_PAGE, operator, PositionSearchCriteria.ANY, LATER_PAGE - 1,
                null, false);
        ricerca("operator", "name 'Rossi'", operator, PositionSearchCriteria.fromText("Rossi"), 0, byOfficeName,
                false);
        ricerca("operator", "cf " + bigCf, operator, PositionSearchCriteria.fromText(bigCf), 0, byCf, true);
        ricerca("operator", "matricola " + bigMatricola, operator, PositionSearchCriteria.fromText(bigMatricola), 0,
                byMatricola, true);

        Reach intermediario = delegatedTo("intermediario", DemoFacts.INTERMEDIARIO);
        ricerca("intermed.", "intermediario (5 delegations), all", intermediario, PositionSearchCriteria.ANY, 0,
                byIdOrName, true);
        ricerca("intermed.", "intermediario, cf " + clientCf, intermediario, PositionSearchCriteria.fromText(clientCf),
                0, Set.of("PRIMARY", "uk_position_fiscal_code_progressivo"), true);
        long verdiDelegations = scalar(connection, "SELECT COUNT(*) FROM delegation"
                + " WHERE intermediary_username = 'studio.verdi' AND status = 'ACTIVE'");
        Reach verdi = delegatedTo("studio.verdi", verdiCf);
        String many = "studio.verdi (" + verdiDelegations + " deleg.)";
        ricerca("intermed.", many + ", all", verdi, PositionSearchCriteria.ANY, 0, byIdOrName, true);
        ricerca("intermed.", many + ", all, page 20", verdi, PositionSearchCriteria.ANY, 19, null, true);
        ricerca("intermed.", many + ", name 'Rossi'", verdi, PositionSearchCriteria.fromText("Rossi"), 0,
                byIdOrName, true);
        ricerca("intermed.", many + ", cf", verdi, PositionSearchCriteria.fromText(verdiCf2), 0,
                Set.of("PRIMARY", "uk_position_fiscal_code_progressivo"), true);
        ricerca("intermed.", many + ", matricola", verdi, PositionSearchCriteria.fromText(verdiMatricola), 0,
                Set.of("PRIMARY", "uk_position_matricola", "uk_position_fiscal_code_progressivo"), true);
    }

    /** The reach of a caller, read with the delegation feature's own SQL (DelegationService adds no more). */
    interface Reach {
        PositionReach of(JdbcSqlRunner sql);
    }

    private Reach delegatedTo(String username, String fiscalCode) {
        return sql -> new PositionReach(false, Set.of(), null, Set.of(), ids(sql, new SqlQuery(ReachQueries.DELEGATED,
                List.of(username, fiscalCode, today)), it.cassetto.delegation.DelegationService.MAX_DELEGATED_POSITIONS));
    }

    private static Set<Long> ids(JdbcSqlRunner sql, SqlQuery query, int max) {
        Set<Long> ids = new HashSet<>();
        for (Object[] row : sql.list(query, max)) {
            ids.add(((Number) row[0]).longValue());
        }
        return ids;
    }

    private void ricerca(String group, String name, Reach reach, PositionSearchCriteria criteria, int page,
                         Set<String> keys, boolean filesortAllowed) throws SQLException {
        Expectation expectation = null;
        if (keys != null) {
            PositionReach sample = reach.of(new JdbcSqlRunner(connection));
            expectation = new Expectation(new PositionSearchQueryBuilder(sample, criteria)
                    .page(0, PAGE_SIZE, false), "p", keys, filesortAllowed);
        }
        cases.add(new Case("ricerca", group + ": " + name, "-", sql -> new PositionQueries(sql)
                .search(reach.of(sql), criteria, (long) page * PAGE_SIZE, PAGE_SIZE, false).items().size(),
                expectation));
    }

    private String string(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** The index of the table whose columns are exactly these (comma-separated, in order). */
    private String indexOn(String table, String columns) throws SQLException {
        if (indexColumns.isEmpty()) {
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                    "SELECT TABLE_NAME, INDEX_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX)"
                            + " FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()"
                            + " GROUP BY TABLE_NAME, INDEX_NAME")) {
                while (rows.next()) {
                    indexColumns.put(rows.getString(1) + "/" + rows.getString(3), rows.getString(2));
                }
            }
        }
        String index = indexColumns.get(table + "/" + columns);
        return index == null ? "(no index on " + table + "(" + columns + "))" : index;
    }

    // ---- measuring ------------------------------------------------------------------------------------

    private Result measure(Case c, int warmup, int runs) throws Exception {
        JdbcSqlRunner sql = new JdbcSqlRunner(connection);
        for (int i = 0; i < warmup; i++) {
            c.work().run(sql);
        }
        long selectsBefore = comSelect();
        long runnerBefore = sql.statements();
        int rows = c.work().run(sql);
        long statements = comSelect() - selectsBefore;
        if (statements != sql.statements() - runnerBefore) {
            throw new IllegalStateException(c + ": the server counted " + statements + " SELECTs, the runner "
                    + (sql.statements() - runnerBefore));
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            c.work().run(sql);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        double median = runs % 2 == 1 ? millis[runs / 2] : (millis[runs / 2 - 1] + millis[runs / 2]) / 2;
        double p95 = millis[(int) Math.ceil(0.95 * runs) - 1];
        String explain = "";
        String verdict = median <= TARGET_MS ? "" : "SLOW";
        if (c.expectation() != null) {
            String[] plan = explain(c.expectation());
            explain = plan[0];
            verdict = (verdict + " " + plan[1]).strip();
        }
        return new Result(c, rows, statements, median, p95, explain, verdict.isEmpty() ? "ok" : verdict);
    }

    private long comSelect() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SHOW SESSION STATUS LIKE 'Com_select'")) {
            rows.next();
            return rows.getLong(2);
        }
    }

    /** EXPLAIN of the first-page query: {description, problems ("" when as intended)}. */
    private String[] explain(Expectation expectation) throws SQLException {
        List<String> problems = new ArrayList<>();
        StringBuilder description = new StringBuilder();
        try (PreparedStatement statement = JdbcSqlRunner.prepare(connection, "EXPLAIN ", expectation.query());
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String table = String.valueOf(rows.getString("table"));
                String type = rows.getString("type");
                String key = rows.getString("key");
                String extra = rows.getString("Extra") == null ? "" : rows.getString("Extra");
                if (description.length() > 0) {
                    description.append(" | ");
                }
                description.append(table).append(": ").append(type == null ? "-" : type).append(' ').append(key)
                        .append(" rows=").append(rows.getString("rows"));
                if (!extra.isEmpty()) {
                    description.append(" (").append(extra).append(')');
                }
                // <derivedN>: the id list of a long IN (...), which MariaDB turns into a table of values.
                if (!table.startsWith("<") && ("ALL".equals(type) || "index".equals(type) && "PRIMARY".equals(key))) {
                    problems.add("FULL SCAN of " + table);
                }
                if (table.equals(expectation.table())) {
                    if (!expectation.keys().contains(key)) {
                        problems.add("NOT " + String.join("/", expectation.keys()));
                    }
                }
                if (extra.contains("filesort") && !expectation.filesortAllowed()) {
                    problems.add("FILESORT of ~" + rows.getString("rows") + " rows");
                }
            }
        }
        return new String[] {description.toString(), String.join(", ", problems)};
    }

    // ---- report ---------------------------------------------------------------------------------------

    static String table(List<Result> results, int runs) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "| Section / case | Position | Rows | SQL statements | Median ms | p95 ms"
                + " (%d runs) | Index (EXPLAIN of page 1) | Verdict |%n", runs));
        out.append("|---|---|---:|---:|---:|---:|---|---|\n");
        for (Result r : results) {
            out.append(String.format(Locale.ROOT, "| %s: %s | %s | %d | %d | %.2f | %.2f | %s | %s |%n",
                    r.c().group(), r.c().name(), r.c().position(), r.rows(), r.statements(), r.median(), r.p95(),
                    r.explain().replace("|", "/"), r.verdict()));
        }
        return out.toString();
    }
}
