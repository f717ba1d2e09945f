package it.cassetto.bench;

import it.cassetto.demo.DemoFacts;
import it.cassetto.devstack.MariaDbServer;
import it.cassetto.request.AttachmentUpload;
import it.cassetto.request.RequestFilter;
import it.cassetto.request.RequestStatus;
import it.cassetto.request.internal.AttachmentArchive;
import it.cassetto.request.internal.AttachmentPolicy;
import it.cassetto.request.internal.RequestQueryBuilder;
import it.cassetto.request.internal.RequestQueryBuilder.Reach;
import it.cassetto.request.internal.Sql;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark of "Lista richieste" and of the office queues on a million requests (run by
 * {@code mvn -B verify -Pbench}, after {@link PositionBenchmark}'s data): loads 100 requests on each of the
 * 10,000 benchmark positions once (INSERT ... SELECT over MariaDB's sequence engine), then times the first
 * page built by the services' own {@link RequestQueryBuilder} over JDBC for each reach (intermediary with
 * 5 and with hundreds of delegations, operator's office list, office queue, supervisor) and each filter;
 * prints median and p95 and the index EXPLAIN picks. Then measures the heap allocated by checking and
 * archiving 3 x 3 MB attachments and storing the archive (streamed).
 */
public final class RequestBenchmark {

    static final int PAGE_SIZE = 50;
    static final double TARGET_MS = 50;

    record Result(String reach, String filter, int rows, double median, double p95, String key) {
    }

    private final Connection connection;
    private final LocalDate today;

    RequestBenchmark(Connection connection, LocalDate today) {
        this.connection = connection;
        this.today = today;
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
        server.start();
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(),
                server.password())) {
            LocalDate referenceDate = PositionBenchmark.prepareData(server, connection, dir);
            RequestBenchmark benchmark = new RequestBenchmark(connection, referenceDate);
            benchmark.loadRequests();
            List<Result> results = benchmark.run(warmup, runs);
            StringBuilder table = new StringBuilder("| reach | filter | rows | median ms | p95 ms | index |\n"
                    + "|---|---|---:|---:|---:|---|\n");
            for (Result r : results) {
                table.append(String.format("| %s | %s | %d | %.2f | %.2f | %s |%n", r.reach(), r.filter(), r.rows(),
                        r.median(), r.p95(), r.key()));
            }
            double worst = results.stream().mapToDouble(Result::p95).max().orElse(0);
            table.append(String.format("%nSlowest p95: %.2f ms (target %.0f ms)%n", worst, TARGET_MS));
            table.append(benchmark.attachmentsHeap(dir));
            System.out.println();
            System.out.println(table);
            Files.writeString(dir.resolve("requests-results.md"), table);
        } finally {
            server.stop();
        }
    }

    void loadRequests() throws SQLException {
        long existing = PositionBenchmark.scalar(connection, "SELECT COUNT(*) FROM service_request");
        if (existing >= 1_000_000) {
            System.out.printf("%,d requests already loaded%n", existing);
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM service_request");
            long start = System.nanoTime();
            statement.execute("SET foreign_key_checks = 0");
            statement.execute("""
                    INSERT INTO service_request (protocol, position_id, office_id, contributor_id, position_identifier,
                        holder_name, subject_id, subject_code, class_code, status, is_open, awaiting_user, outcome, body, email, mobile_phone,
                        consent_email, consent_sms, opened_by, opened_by_name, opened_at, opened_on, due_on, queue_due,
                        updated_at, updated_on, handled_by, handled_by_name, reminded_at, closed_at)
                    SELECT CONCAT('B', p.id, '-', s.seq), p.id, p.office_id, p.contributor_id,
                        COALESCE(p.matricola, CONCAT(p.holder_fiscal_code, IF(p.progressivo IS NULL, '',
                            CONCAT('/', p.progressivo)))), p.holder_name,
                        q.id, q.code, q.class_code,
                        ELT(1 + IF(MOD(s.seq, 10) < 7, 2, IF(MOD(s.seq, 10) < 9, 1, 0)), 'OPEN', 'IN_CHARGE', 'CLOSED'),
                        MOD(s.seq, 10) >= 7, MOD(s.seq, 10) = 8, IF(MOD(s.seq, 10) < 7,
                            IF(MOD(s.seq, 2) = 0, 'ACCEPTED', 'REJECTED'), NULL),
                        'Testo della richiesta di prova per il benchmark', 'bench@example.it', NULL, 1, 0,
                        'intermediario', 'Giulia Bianchi',
                        TIMESTAMP(DATE_SUB(CURDATE(), INTERVAL (s.seq * 3 + MOD(p.id, 3)) DAY), '09:30:00'),
                        DATE_SUB(CURDATE(), INTERVAL (s.seq * 3 + MOD(p.id, 3)) DAY),
                        DATE_ADD(DATE_SUB(CURDATE(), INTERVAL (s.seq * 3 + MOD(p.id, 3)) DAY), INTERVAL 14 DAY),
                        DATE_ADD(DATE_SUB(CURDATE(), INTERVAL (s.seq * 3 + MOD(p.id, 3)) DAY), INTERVAL 14 DAY),
                        TIMESTAMP(DATE_SUB(CURDATE(), INTERVAL (s.seq * 3 + MOD(p.id, 3) - MOD(s.seq, 3)) DAY), '10:00:00'),
                        DATE_SUB(CURDATE(), INTERVAL (s.seq * 3 + MOD(p.id, 3) - MOD(s.seq, 3)) DAY),
                        IF(MOD(s.seq, 10) < 9, 'operatore', NULL), IF(MOD(s.seq, 10) < 9, 'Anna Romano', NULL),
                        NULL, IF(MOD(s.seq, 10) < 7, NOW(6), NULL)
                      FROM contribution_position p
                      JOIN (SELECT position_kind, MIN(id) AS min_id, COUNT(*) AS cnt FROM request_subject
                             GROUP BY position_kind) k ON k.position_kind = p.kind
                      JOIN seq_1_to_100 s
                      JOIN request_subject q ON q.id = k.min_id + MOD(p.id * 7 + s.seq * 13, k.cnt)
                    """);
            statement.execute("SET foreign_key_checks = 1");
            statement.execute("ANALYZE TABLE service_request");
            System.out.printf("Loaded %,d requests in %,d ms%n",
                    PositionBenchmark.scalar(connection, "SELECT COUNT(*) FROM service_request"),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    List<Result> run(int warmup, int runs) throws Exception {
        Set<Long> intermediario = ids("SELECT position_id FROM delegation WHERE intermediary_username = 'intermediario'"
                + " AND status = 'ACTIVE'");
        Set<Long> verdi = ids("SELECT position_id FROM delegation WHERE intermediary_username = 'studio.verdi'"
                + " AND status = 'ACTIVE'");
        String matricola = DemoFacts.romaMatricola(DemoFacts.TRATTORIA_DA_ENZO);
        String verdiMatricola = string("SELECT position_identifier FROM service_request WHERE position_id = "
                + verdi.stream().max(Long::compare).orElseThrow() + " LIMIT 1");
        String bigOfficeMatricola = string("SELECT position_identifier FROM service_request WHERE office_id = "
                + DemoFacts.OFFICE_ROMA + " ORDER BY id DESC LIMIT 1");
        Map<String, Reach> reaches = new LinkedHashMap<>();
        reaches.put("intermediario (" + intermediario.size() + " positions)",
                new Reach(false, List.of(), null, List.of(), intermediario));
        reaches.put("studio.verdi (" + verdi.size() + " positions)", new Reach(false, List.of(), null, List.of(), verdi));
        reaches.put("datore (legal representative)", new Reach(false, List.of(), DemoFacts.DATORE, List.of(), List.of()));
        reaches.put("operatore (office Roma list)", new Reach(false, List.of(DemoFacts.OFFICE_ROMA), null, List.of(),
                List.of()));
        reaches.put("supervisore (all)", new Reach(true, List.of(), null, List.of(), List.of()));
        List<Result> results = new ArrayList<>();
        for (Map.Entry<String, Reach> reach : reaches.entrySet()) {
            String m = reach.getKey().startsWith("intermediario") ? matricola
                    : reach.getKey().startsWith("studio.verdi") ? verdiMatricola : bigOfficeMatricola;
            for (Map.Entry<String, RequestFilter> filter : filters(m).entrySet()) {
                results.add(measure(reach.getKey(), filter.getKey(),
                        new RequestQueryBuilder(reach.getValue(), filter.getValue(), false, today), warmup, runs));
            }
        }
        Reach queue = new Reach(false, List.of(DemoFacts.OFFICE_ROMA), null, List.of(), List.of());
        for (Map.Entry<String, RequestFilter> filter : filters(bigOfficeMatricola).entrySet()) {
            results.add(measure("office queue Roma", filter.getKey(),
                    new RequestQueryBuilder(queue, filter.getValue(), true, today), warmup, runs));
        }
        results.add(measure("office queue Roma", "only overdue",
                new RequestQueryBuilder(queue, new RequestFilter(null, null, null, null, null, true, null, null, null,
                        null), true, today), warmup, runs));
        return results;
    }

    Map<String, RequestFilter> filters(String matricola) {
        Map<String, RequestFilter> filters = new LinkedHashMap<>();
        filters.put("no filter", RequestFilter.ANY);
        filters.put("matricola", new RequestFilter(null, null, matricola, null, null, false, null, null, null, null));
        filters.put("subject class UNIEMENS", new RequestFilter(null, null, null, "UNIEMENS", null, false, null, null,
                null, null));
        filters.put("subject VERSAMENTI.PAGAMENTI", new RequestFilter(null, null, null, "VERSAMENTI.PAGAMENTI", null,
                false, null, null, null, null));
        filters.put("status OPEN", new RequestFilter(null, null, null, null, RequestStatus.OPEN, false, null, null,
                null, null));
        filters.put("opened last 30 days", new RequestFilter(null, null, null, null, null, false, today.minusDays(30),
                today, null, null));
        filters.put("opened 200-170 days ago", new RequestFilter(null, null, null, null, null, false,
                today.minusDays(200), today.minusDays(170), null, null));
        filters.put("updated last 7 days", new RequestFilter(null, null, null, null, null, false, null, null,
                today.minusDays(7), today));
        filters.put("class + status + opened range", new RequestFilter(null, null, null, "CREDITO",
                RequestStatus.CLOSED, false, today.minusDays(120), today.minusDays(30), null, null));
        filters.put("all filters", new RequestFilter(null, null, matricola, "VERSAMENTI", RequestStatus.CLOSED, false,
                today.minusDays(300), today, today.minusDays(300), today));
        return filters;
    }

    Result measure(String reach, String filter, RequestQueryBuilder builder, int warmup, int runs) throws Exception {
        Result result = time(reach, filter, builder, warmup, runs);
        System.out.printf("  %-34s %-32s rows %3d  median %8.2f ms  p95 %8.2f ms  %s%n", result.reach(),
                result.filter(), result.rows(), result.median(), result.p95(), result.key());
        return result;
    }

    Result time(String reach, String filter, RequestQueryBuilder builder, int warmup, int runs) throws Exception {
        Sql sql = builder.page(0, PAGE_SIZE);
        int rows = 0;
        double[] times = new double[runs];
        for (int i = 0; i < warmup + runs; i++) {
            long start = System.nanoTime();
            rows = execute(sql);
            double ms = (System.nanoTime() - start) / 1e6;
            if (i >= warmup) {
                times[i - warmup] = ms;
            }
        }
        Arrays.sort(times);
        return new Result(reach, filter, rows, times[runs / 2], times[(int) Math.ceil(runs * 0.95) - 1], explain(sql));
    }

    int execute(Sql sql) throws SQLException {
        try (PreparedStatement statement = prepare("", sql); ResultSet rs = statement.executeQuery()) {
            int rows = 0;
            while (rs.next()) {
                rows++;
            }
            return rows;
        }
    }

    String explain(Sql sql) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement statement = prepare("EXPLAIN ", sql); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                String extra = rs.getString("Extra");
                keys.add(rs.getString("table") + ":" + rs.getString("key")
                        + (extra != null && extra.contains("filesort") ? " (filesort)" : ""));
            }
        }
        return String.join(", ", keys);
    }

    PreparedStatement prepare(String prefix, Sql sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(prefix + sql.text());
        for (int i = 0; i < sql.parameters().size(); i++) {
            Object value = sql.parameters().get(i);
            if (value instanceof LocalDate date) {
                statement.setDate(i + 1, Date.valueOf(date));
            } else if (value instanceof LocalDateTime dateTime) {
                statement.setTimestamp(i + 1, Timestamp.valueOf(dateTime));
            } else {
                statement.setObject(i + 1, value);
            }
        }
        return statement;
    }

    /** Heap allocated (by this thread) checking, archiving and storing 3 x 3 MB attachments, streamed. */
    String attachmentsHeap(Path dir) throws Exception {
        List<AttachmentUpload> uploads = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Path file = dir.resolve("attachment-" + i + ".pdf");
            byte[] bytes = new byte[(int) AttachmentPolicy.MAX_BYTES];
            new java.util.Random(i).nextBytes(bytes);
            System.arraycopy("%PDF-1.4\n".getBytes(), 0, bytes, 0, 9);
            Files.write(file, bytes);
            uploads.add(new AttachmentUpload(file.getFileName().toString(), () -> Files.newInputStream(file)));
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        StringBuilder out = new StringBuilder("\nAttachments 3 x 3 MB (check with Tika + zip archive + INSERT streamed):\n");
        for (int run = 0; run < 3; run++) {
            System.gc();
            long heapBefore = memory.getHeapMemoryUsage().getUsed();
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            var checked = AttachmentPolicy.check(uploads);
            long archiveSize;
            try (AttachmentArchive archive = AttachmentArchive.write(checked);
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO request_archive (request_id,"
                         + " event_id, file_name, byte_size, sha256, content) VALUES (1, 1, 'bench.zip', ?, ?, ?)");
                 InputStream content = archive.open()) {
                archiveSize = archive.byteSize();
                connection.createStatement().execute("SET foreign_key_checks = 0");
                insert.setLong(1, archive.byteSize());
                insert.setString(2, archive.sha256());
                insert.setBinaryStream(3, content, archive.byteSize());
                insert.executeUpdate();
                connection.createStatement().execute("DELETE FROM request_archive WHERE file_name = 'bench.zip'");
                connection.createStatement().execute("SET foreign_key_checks = 1");
            }
            long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
            long heapAfter = memory.getHeapMemoryUsage().getUsed();
            out.append(String.format("run %d: %d ms, archive %,d bytes, allocated %,d bytes (%.1f MB) for %,d bytes"
                            + " of files; heap used before %,d after %,d%n", run + 1, (System.nanoTime() - start) / 1_000_000,
                    archiveSize, allocated, allocated / 1048576.0, 3 * AttachmentPolicy.MAX_BYTES, heapBefore,
                    heapAfter));
        }
        return out.toString();
    }

    private Set<Long> ids(String sql) throws SQLException {
        Set<Long> ids = new java.util.HashSet<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private String string(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }
}
