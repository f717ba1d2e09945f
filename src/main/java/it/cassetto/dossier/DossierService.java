package it.cassetto.dossier;

import it.cassetto.delegation.DelegationInForce;
import it.cassetto.delegation.DelegationService;
import it.cassetto.dossier.internal.DossierAssembler;
import it.cassetto.dossier.internal.DossierDocument;
import it.cassetto.dossier.internal.DossierPrintLog;
import it.cassetto.dossier.internal.DossierSource;
import it.cassetto.position.DetailedRow;
import it.cassetto.position.PositionMasterData;
import it.cassetto.position.PositionSectionService;
import it.cassetto.position.PositionService;
import it.cassetto.position.Section;
import it.cassetto.position.SectionFilter;
import it.cassetto.shared.security.AccessDeniedException;
import it.cassetto.shared.security.Action;
import it.cassetto.shared.security.CallerIdentity;
import it.cassetto.shared.security.CurrentUser;
import it.cassetto.shared.security.PositionAccessGuard;
import it.cassetto.shared.security.Role;
import it.cassetto.shared.security.SecuredService;
import it.cassetto.shared.value.AmountRange;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Stampa del fascicolo aziendale (circolare 34/2023): everything the Cassetto shows about a position as one
 * archival, accessible PDF (PDF/A-3u, tagged, Italian), with a cover, a table of contents, every section with
 * its totals, "pagina N di M" and a footer carrying the content's SHA-256; every print is recorded in
 * {@code dossier_print_audit}, so that a copy can be checked later with {@link #findPrints(String)}.
 *
 * <p>Not {@code @Transactional}: a print reads each section through the position and delegation services
 * (one short transaction and one access audit row each) and renders outside any transaction. At most
 * {@link #MAX_CONCURRENT_PRINTS} prints run at once; a caller waits up to {@link #WAIT_SECONDS} s for a slot,
 * then gets {@link DossierBusyException}.
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
    static final String BUNDLE = "vaadin-i18n.translations";
    private static final ZoneId ITALY = ZoneId.of("Europe/Rome");
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final Semaphore slots = new Semaphore(MAX_CONCURRENT_PRINTS, true);

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
    DossierPrintLog printLog;

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
        progress.progress(new DossierProgress(DossierProgress.Stage.QUEUED, 0, 0, 0, 0));
        acquireSlot();
        try {
            Instant now = clock.instant();
            ZonedDateTime printedAt = now.atZone(ITALY);
            PositionMasterData master = positions.masterData(positionId);
            DossierDocument.Cover cover = new DossierDocument.Cover(master.position(), printedBy(caller), printedAt,
                    options.period());
            DossierAssembler assembler = new DossierAssembler(labels(), section -> new DossierAssembler.Columns(
                    sections.columns(section), sections.childColumns(section)));
            DossierAssembler.Result result = assembler.assemble(source(positionId, options, master), cover,
                    positionId + "|" + now + "|" + caller.username() + "\n", progress);
            printLog.record(now, caller, positionId, options.period(), result.pageCount(), result.byteSize(),
                    result.contentSha256(), result.fileSha256());
            String fileName = "fascicolo-" + master.position().displayIdentifier().replaceAll("[^A-Za-z0-9]", "-")
                    + "-" + FILE_TIME.format(printedAt) + ".pdf";
            return new PrintedDossier(result.pdf(), fileName, result.pageCount(), result.byteSize(),
                    result.contentSha256(), result.fileSha256());
        } finally {
            slots.release();
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
            if (!slots.tryAcquire(slotWait.toMillis(), TimeUnit.MILLISECONDS)) {
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
