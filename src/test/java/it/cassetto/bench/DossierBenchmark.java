package it.cassetto.bench;

import it.cassetto.dossier.internal.DossierAssembler;
import it.cassetto.dossier.internal.DossierDocument;
import it.cassetto.dossier.internal.GeneratedDossierSource;
import it.cassetto.shared.value.PeriodRange;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Time and peak heap of printing a company dossier with 1,000 and 10,000 payments (plus a few rows in every
 * other section), from generated rows rather than a database: the rendering is what costs. Prints the reading
 * into XHTML (what {@code DossierService.start} does in the caller's request) and the rendering (what runs on
 * the managed executor) apart. Not a test; run it as docs/benchmarks.md says. Arguments: payment counts (default 1000 10000); -Dcassetto.bench.keep=DIR keeps
 * the PDFs there.
 */
public final class DossierBenchmark {

    /** The second thread a print gets when it runs alone (-Dcassetto.bench.helper=false: none). */
    private static final java.util.concurrent.ExecutorService HELPERS =
            Boolean.parseBoolean(System.getProperty("cassetto.bench.helper", "true"))
                    ? java.util.concurrent.Executors.newCachedThreadPool(task -> {
                        Thread thread = new Thread(task, "dossier-helper");
                        thread.setDaemon(true);
                        return thread;
                    }) : null;

    private DossierBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {1_000, 10_000}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        ResourceBundle labels = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ITALIAN,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String keep = System.getProperty("cassetto.bench.keep");
        System.out.printf("Dossier benchmark: Java %s, max heap %d MB, %d cores, helper thread %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), HELPERS != null);
        run(labels, 200, null, false);
        System.out.printf("%9s %6s %7s %8s %10s %9s %8s %9s %10s%n", "payments", "pages", "KB", "read ms",
                "render ms", "total ms", "CPU ms", "peak MB", "ms/1k rows");
        for (int payments : sizes) {
            run(labels, payments, keep, true);
        }
    }

    private static void run(ResourceBundle labels, int payments, String keep, boolean print) throws Exception {
        GeneratedDossierSource source = new GeneratedDossierSource(payments, "Rossi Costruzioni S.p.A.");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        AtomicLong peakUsed = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        // CPU of the whole process (printing and helper threads, GC, JIT): unlike wall time, barely changed by
        // other processes sharing the machine.
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        // The two steps of DossierService.start: reading into the XHTML (in the caller's request), then the
        // rendering (on the managed executor).
        DossierAssembler.Prepared prepared = new DossierAssembler(labels, GeneratedDossierSource::columns).prepare(
                source, new DossierDocument.Cover(source.position(), "Benchmark",
                        ZonedDateTime.now(ZoneId.of("Europe/Rome")), PeriodRange.ANY), "bench\n", progress -> { });
        long read = System.nanoTime();
        DossierAssembler.Result result = DossierAssembler.render(prepared, progress -> { }, HELPERS);
        long end = System.nanoTime();
        long cpu = os.getProcessCpuTime() - cpuStart;
        long millis = (end - start) / 1_000_000;
        running.set(false);
        sampler.join();
        long peak = peakUsed.get();
        if (print) {
            System.out.printf("%9d %6d %7d %8d %10d %9d %8d %9d %10.0f%n", payments, result.pageCount(),
                    result.byteSize() >> 10, (read - start) / 1_000_000, (end - read) / 1_000_000, millis,
                    cpu / 1_000_000, peak >> 20,
                    millis * 1000.0 / (payments + 15));
        }
        if (keep != null && print) {
            Files.createDirectories(Path.of(keep));
            Files.move(result.pdf(), Path.of(keep, "dossier-" + payments + ".pdf"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.deleteIfExists(result.pdf());
        }
    }
}
