package it.cassetto.dossier;

import it.cassetto.appointment.Appointment;
import it.cassetto.appointment.AppointmentService;
import it.cassetto.delegation.DelegationInForce;
import it.cassetto.delegation.DelegationService;
import it.cassetto.dossier.internal.DossierAssembler;
import it.cassetto.dossier.internal.DossierDocument;
import it.cassetto.dossier.internal.DossierPrintLog;
import it.cassetto.dossier.internal.DossierSource;
import it.cassetto.dossier.internal.PrintQueue;
import it.cassetto.position.DetailedRow;
import it.cassetto.position.PositionMasterData;
import it.cassetto.position.PositionSectionService;
import it.cassetto.position.PositionService;
import it.cassetto.position.Section;
import it.cassetto.position.SectionFilter;
import it.cassetto.request.RequestListItem;
import it.cassetto.request.RequestService;
import it.cassetto.shared.security.AccessDeniedException;
import it.cassetto.shared.security.Action;
import it.cassetto.shared.security.CallerIdentity;
import it.cassetto.shared.security.CurrentUser;
import it.cassetto.shared.security.PositionAccessGuard;
import it.cassetto.shared.security.Role;
import it.cassetto.shared.security.SecuredService;
import it.cassetto.shared.value.AmountRange;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.function.Consumer;

/**
 * Stampa del fascicolo aziendale (circolare 34/2023): everything the Cassetto shows about a position as one
 * archival, accessible PDF (PDF/A-3u, tagged, Italian), with a cover, a table of contents, every section with
 * its totals, "pagina N di M" and a footer carrying the content's SHA-256; every print is recorded in
 * {@code dossier_print_audit}, so that a copy can be checked later with {@link #findPrints(String)}.
 *
 * <p>Two ways to print: {@link #print} does it all in the caller's thread; {@link #start} checks access and
 * reads the sections in the caller's request (reads are audited as the caller, who is known only there), then
 * lays out and writes the PDF on the container's managed executor, where the time goes, and the view polls
 * {@link #job} and fetches {@link #result} once ready. Only the user who started a print sees it and its file;
 * files are deleted by {@link #discard}, or {@link #JOB_TTL} after the print finished.
 *
 * <p>Not {@code @Transactional}: a print reads each section through the position, delegation, request and
 * appointment services (one short transaction and one access audit row each) and renders outside any
 * transaction. At most {@link #MAX_CONCURRENT_PRINTS} prints run at once, in either way;
 * {@link #MAX_WAITING_PRINTS} started prints may wait for a slot, more are refused with
 * {@link DossierBusyException}; {@link #print} waits up to {@link #WAIT_SECONDS} s for a slot, then gets
 * {@link DossierBusyException}.
 */
@ApplicationScoped
@SecuredService
@RolesAllowed({Role.Names.EMPLOYER, Role.Names.ENTITY_EMPLOYEE, Role.Names.INTERMEDIARY,
        Role.Names.INTERMEDIARY_STAFF, Role.Names.OPERATOR, Role.Names.SUPERVISOR})
public class DossierService {

    /** Section code of a print in the access audit. */
    public static final String SECTION = "dossier";
    /** Section code of the check of a printed copy in the access audit. */
    public static final String VERIFY_SECTION = "dossier-verify";
    public static final int MAX_CONCURRENT_PRINTS = 2;
    public static final int WAIT_SECONDS = 20;
    /** Started prints that may wait for a slot; more are refused. */
    public static final int MAX_WAITING_PRINTS = 4;
    /** How long a finished print's file is kept for its owner. */
    public static final Duration JOB_TTL = Duration.ofMinutes(15);
    static final String BUNDLE = "vaadin-i18n.translations";
    private static final ZoneId ITALY = ZoneId.of("Europe/Rome");
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private static final Logger LOG = Logger.getLogger(DossierService.class.getName());

    private final PrintQueue queue = new PrintQueue(MAX_CONCURRENT_PRINTS, MAX_WAITING_PRINTS);
    private final Map<String, PrintJob> jobs = new ConcurrentHashMap<>();

    @Inject
    PositionAccessGuard guard;

    @Inject
    CurrentUser currentUser;

    @Inject
    PositionService positions;

    @Inject
    PositionSectionService sections;

    @Inject
    DelegationService delegations;

    @Inject
    RequestService requests;

    @Inject
    AppointmentService appointments;

    @Inject
    DossierPrintLog printLog;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ExecutorService executor;

    /** Lends a second thread to a print that runs alone (none in unit tests). */
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ExecutorService helpers;

    Clock clock = Clock.systemUTC();

    /** How long a print waits for a free slot before {@link DossierBusyException}. */
    Duration slotWait = Duration.ofSeconds(WAIT_SECONDS);

    /**
     * Prints the dossier of a position the caller may read, limited to the options' periods, telling the
     * listener how it advances. The caller deletes the returned file once sent.
     *
     * @throws AccessDeniedException when the caller may not read the position (audited)
     * @throws DossierBusyException when no print slot frees up within {@link #WAIT_SECONDS} seconds
     */
    public PrintedDossier print(@Positive long positionId, @NotNull DossierOptions options,
                                ProgressListener listener) {
        ProgressListener progress = listener == null ? ProgressListener.NONE : listener;
        guard.check(positionId, SECTION, Action.READ);
        CallerIdentity caller = currentUser.require();
        progress.progress(DossierProgress.QUEUED_NOW);
        acquireSlot();
        try {
            Reading reading = read(positionId, options, caller, progress);
            return finish(reading, DossierAssembler.render(reading.prepared(), progress, helper()));
        } finally {
            queue.release();
        }
    }

    /**
     * Starts printing the dossier of a position the caller may read: checks access and reads the sections now
     * (the caller waits for that: the database part is quick), then lays out and writes the PDF in the
     * background, at most {@link #MAX_CONCURRENT_PRINTS} at once. Follow it with {@link #job}.
     *
     * @throws AccessDeniedException when the caller may not read the position (audited)
     * @throws DossierBusyException when {@link #MAX_WAITING_PRINTS} prints already wait for a slot
     */
    public DossierPrintJob start(@Positive long positionId, @NotNull DossierOptions options) {
        guard.check(positionId, SECTION, Action.READ);
        CallerIdentity caller = currentUser.require();
        forgetExpiredJobs();
        if (queue.isFull()) {
            throw new DossierBusyException("Too many dossiers are being printed: retry shortly");
        }
        Reading reading = read(positionId, options, caller, ProgressListener.NONE);
        PrintJob job = new PrintJob(UUID.randomUUID().toString(), caller.username(), positionId);
        jobs.put(job.id, job);
        boolean queued = queue.offer(() -> renderInBackground(job, reading), executor, () -> {
            reading.prepared().discard();
            job.fail(DossierPrintJob.Failure.REFUSED, clock.instant());
        });
        if (!queued) {
            jobs.remove(job.id);
            reading.prepared().discard();
            throw new DossierBusyException("Too many dossiers are being printed: retry shortly");
        }
        return job.snapshot();
    }

    /**
     * Where a print the caller started is; empty when there is no such print (any more).
     *
     * @throws AccessDeniedException when another user started it
     */
    public Optional<DossierPrintJob> job(@NotNull String jobId) {
        forgetExpiredJobs();
        return Optional.ofNullable(jobs.get(jobId)).map(this::owned).map(PrintJob::snapshot);
    }

    /**
     * The PDF of a finished print the caller started (the file stays until {@link #discard} or
     * {@link #JOB_TTL}; do not delete it).
     *
     * @throws AccessDeniedException when another user started it
     * @throws IllegalStateException when there is no such print, or it is not ready
     */
    public PrintedDossier result(@NotNull String jobId) {
        PrintJob job = Optional.ofNullable(jobs.get(jobId)).map(this::owned)
                .orElseThrow(() -> new IllegalStateException("No dossier print " + jobId));
        PrintedDossier printed = job.result;
        if (printed == null) {
            throw new IllegalStateException("The dossier print " + jobId + " is not ready");
        }
        return printed;
    }

    /**
     * Forgets a print the caller started and deletes its file; a print still running is forgotten once done.
     *
     * @throws AccessDeniedException when another user started it
     */
    public void discard(@NotNull String jobId) {
        PrintJob job = jobs.get(jobId);
        if (job != null) {
            owned(job);
            job.discarded = true;
            if (job.snapshot().finished()) {
                forget(job);
            }
        }
    }

    /** Prints started and not yet forgotten (for the tests). */
    int jobCount() {
        return jobs.size();
    }

    private void renderInBackground(PrintJob job, Reading reading) {
        try {
            job.result = finish(reading, DossierAssembler.render(reading.prepared(), job::progress, helper()));
            job.finished(clock.instant());
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "Dossier print of position " + job.positionId + " for " + job.owner + " failed", e);
            reading.prepared().discard();
            job.fail(DossierPrintJob.Failure.ERROR, clock.instant());
        }
        if (job.discarded) {
            forget(job);
        }
    }

    /**
     * A second thread for a print that runs alone, so that one print uses both cores of a small server;
     * none while other prints run, so that prints take at most {@link #MAX_CONCURRENT_PRINTS} threads
     * (briefly one more, if a print starts while one is helped).
     */
    private Executor helper() {
        return queue.running() <= 1 ? helpers : null;
    }

    private PrintJob owned(PrintJob job) {
        String caller = currentUser.require().username();
        if (!job.owner.equals(caller)) {
            throw new AccessDeniedException(caller + " may not see the dossier print of " + job.owner);
        }
        return job;
    }

    private void forgetExpiredJobs() {
        Instant expired = clock.instant().minus(JOB_TTL);
        for (PrintJob job : jobs.values()) {
            Instant finishedAt = job.finishedAt;
            if (finishedAt != null && finishedAt.isBefore(expired)) {
                forget(job);
            }
        }
    }

    private void forget(PrintJob job) {
        if (jobs.remove(job.id, job) && job.result != null) {
            deleteQuietly(job.result);
        }
    }

    @PreDestroy
    void deleteEveryFile() {
        jobs.values().forEach(this::forget);
    }

    private static void deleteQuietly(PrintedDossier printed) {
        try {
            printed.delete();
        } catch (UncheckedIOException e) {
            LOG.log(Level.WARNING, "Could not delete " + printed.file(), e);
        }
    }

    /** The sections of a print, read into the XHTML, with what the audit and the file name need. */
    private record Reading(DossierAssembler.Prepared prepared, Instant printedAt, CallerIdentity caller,
                           long positionId, DossierOptions options, String fileName) {
    }

    private Reading read(long positionId, DossierOptions options, CallerIdentity caller, ProgressListener progress) {
        Instant now = clock.instant();
        ZonedDateTime printedAt = now.atZone(ITALY);
        PositionMasterData master = positions.masterData(positionId);
        DossierDocument.Cover cover = new DossierDocument.Cover(master.position(), printedBy(caller), printedAt,
                options.period());
        DossierAssembler assembler = new DossierAssembler(labels(), section -> new DossierAssembler.Columns(
                sections.columns(section), sections.childColumns(section)));
        DossierAssembler.Prepared prepared = assembler.prepare(source(positionId, options, master), cover,
                positionId + "|" + now + "|" + caller.username() + "\n", progress);
        String fileName = "fascicolo-" + master.position().displayIdentifier().replaceAll("[^A-Za-z0-9]", "-")
                + "-" + FILE_TIME.format(printedAt) + ".pdf";
        return new Reading(prepared, now, caller, positionId, options, fileName);
    }

    /** Records the print in the audit (no record, no file) and hands over the file. */
    private PrintedDossier finish(Reading reading, DossierAssembler.Result result) {
        try {
            printLog.record(reading.printedAt(), reading.caller(), reading.positionId(), reading.options().period(),
                    result.pageCount(), result.byteSize(), result.contentSha256(), result.fileSha256());
        } catch (RuntimeException e) {
            try {
                Files.deleteIfExists(result.pdf());
            } catch (IOException ignored) {
                // left in the temporary folder
            }
            throw e;
        }
        return new PrintedDossier(result.pdf(), reading.fileName(), result.pageCount(), result.byteSize(),
                result.contentSha256(), result.fileSha256());
    }

    /** One started print: its owner, where it is and, once written, the file. */
    private static final class PrintJob {
        final String id;
        final String owner;
        final long positionId;
        volatile DossierProgress progress = DossierProgress.QUEUED_NOW;
        volatile DossierPrintJob.Failure failure;
        volatile PrintedDossier result;
        volatile Instant finishedAt;
        volatile boolean discarded;

        PrintJob(String id, String owner, long positionId) {
            this.id = id;
            this.owner = owner;
            this.positionId = positionId;
        }

        void progress(DossierProgress next) {
            if (next.stage() != DossierProgress.Stage.DONE) {
                progress = next;
            }
        }

        void finished(Instant at) {
            if (result != null) {
                progress = new DossierProgress(DossierProgress.Stage.DONE, result.pageCount(), result.pageCount(),
                        progress.rowsRead(), 1.0);
            }
            finishedAt = at;
        }

        void fail(DossierPrintJob.Failure why, Instant at) {
            failure = why;
            progress = new DossierProgress(DossierProgress.Stage.FAILED, 0, 0, progress.rowsRead(), progress.fraction());
            finishedAt = at;
        }

        DossierPrintJob snapshot() {
            PrintedDossier printed = result;
            return new DossierPrintJob(id, positionId, progress, printed == null ? null : printed.fileName(),
                    printed == null ? 0 : printed.pageCount(), printed == null ? 0 : printed.byteSize(), failure);
        }
    }

    /**
     * The recorded prints of a dossier whose content digest (the one in its footer) or file digest is the
     * given one, among the positions the caller may read; empty if none.
     */
    public List<DossierPrintRecord> findPrints(@NotNull @Pattern(regexp = "[0-9a-fA-F]{64}") String sha256) {
        List<DossierPrintRecord> prints = printLog.findByDigest(sha256.toLowerCase(Locale.ROOT));
        Map<Long, Boolean> readable = new HashMap<>();
        return prints.stream().filter(print -> readable.computeIfAbsent(print.positionId(), this::mayVerify))
                .toList();
    }

    private boolean mayVerify(long positionId) {
        try {
            guard.check(positionId, VERIFY_SECTION, Action.READ);
            return true;
        } catch (AccessDeniedException denied) {
            return false;
        }
    }

    private void acquireSlot() {
        try {
            if (!queue.acquire(slotWait)) {
                throw new DossierBusyException("Too many dossiers are being printed: retry shortly");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DossierBusyException("Interrupted while waiting to print: retry shortly");
        }
    }

    private DossierSource source(long positionId, DossierOptions options, PositionMasterData master) {
        SectionFilter filter = new SectionFilter(options.period(), Set.of(), AmountRange.ANY);
        return new DossierSource() {
            @Override
            public PositionMasterData masterData() {
                return master;
            }

            @Override
            public long rows(Section section, int chunkSize, Consumer<List<DetailedRow>> consumer) {
                return sections.forEachChunk(positionId, section, filter, chunkSize, consumer);
            }

            @Override
            public List<DelegationInForce> delegations() {
                return delegations.delegationsInForce(positionId);
            }

            @Override
            public List<RequestListItem> requests() {
                return requests.openAndRecent(positionId);
            }

            @Override
            public List<Appointment> appointments() {
                return appointments.ofPosition(positionId);
            }
        };
    }

    private static String printedBy(CallerIdentity caller) {
        String name = caller.displayName() == null || caller.displayName().equals(caller.username())
                ? caller.username() : caller.displayName() + " (" + caller.username() + ")";
        return caller.fiscalCode() == null ? name : name + " - " + caller.fiscalCode();
    }

    static ResourceBundle labels() {
        return ResourceBundle.getBundle(BUNDLE, Locale.ITALIAN,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
