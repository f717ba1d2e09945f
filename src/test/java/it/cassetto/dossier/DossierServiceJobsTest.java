package it.cassetto.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cassetto.appointment.Appointment;
import it.cassetto.appointment.AppointmentService;
import it.cassetto.delegation.DelegationInForce;
import it.cassetto.delegation.DelegationService;
import it.cassetto.dossier.internal.DossierPrintLog;
import it.cassetto.dossier.internal.GeneratedDossierSource;
import it.cassetto.position.DetailedRow;
import it.cassetto.position.PositionMasterData;
import it.cassetto.position.PositionSectionService;
import it.cassetto.position.PositionService;
import it.cassetto.position.Section;
import it.cassetto.position.SectionColumn;
import it.cassetto.position.SectionFilter;
import it.cassetto.request.RequestListItem;
import it.cassetto.request.RequestService;
import it.cassetto.shared.security.AccessDecision;
import it.cassetto.shared.security.AccessDeniedException;
import it.cassetto.shared.security.Action;
import it.cassetto.shared.security.CallerIdentity;
import it.cassetto.shared.security.CurrentUser;
import it.cassetto.shared.security.PositionAccessGuard;
import it.cassetto.shared.security.Role;
import it.cassetto.shared.value.PeriodRange;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Prints started in the background, without a container: generated rows stand in for the database, and an
 * executor that runs tasks only when the test says so stands in for the container's managed executor.
 */
class DossierServiceJobsTest {

    static final CallerIdentity GIULIA = new CallerIdentity("intermediario", "Giulia Bianchi", "BNCGLI79S43L219T",
            Set.of(Role.INTERMEDIARY));
    static final CallerIdentity PAOLO = new CallerIdentity("collaboratore", "Paolo Esposito", null,
            Set.of(Role.INTERMEDIARY_STAFF));

    final HeldTasks executor = new HeldTasks();
    final List<String> audited = new ArrayList<>();
    final List<String> recorded = new ArrayList<>();
    final DossierService service = new DossierService();
    CallerIdentity caller = GIULIA;
    Instant now = Instant.parse("2026-11-23T14:00:00Z");

    DossierServiceJobsTest() {
        GeneratedDossierSource source = new GeneratedDossierSource(120);
        service.currentUser = new CurrentUser() {
            @Override
            public Optional<CallerIdentity> identity() {
                return Optional.of(caller);
            }
        };
        service.guard = new PositionAccessGuard() {
            @Override
            public AccessDecision check(long positionId, String section, Action action) {
                audited.add(caller.username() + " " + section + " " + positionId);
                if (positionId == 12) {
                    throw new AccessDeniedException("not yours");
                }
                return null;
            }
        };
        service.positions = new PositionService() {
            @Override
            public PositionMasterData masterData(long positionId) {
                return source.masterData();
            }
        };
        service.sections = new PositionSectionService() {
            @Override
            public List<SectionColumn> columns(Section section) {
                return GeneratedDossierSource.columns(section).columns();
            }

            @Override
            public List<SectionColumn> childColumns(Section section) {
                return GeneratedDossierSource.columns(section).children();
            }

            @Override
            public long forEachChunk(long positionId, Section section, SectionFilter filter, int chunkSize,
                                     Consumer<List<DetailedRow>> consumer) {
                return source.rows(section, chunkSize, consumer);
            }
        };
        service.delegations = new DelegationService() {
            @Override
            public List<DelegationInForce> delegationsInForce(long positionId) {
                return source.delegations();
            }
        };
        service.requests = new RequestService() {
            @Override
            public List<RequestListItem> openAndRecent(long positionId) {
                return source.requests();
            }
        };
        service.appointments = new AppointmentService() {
            @Override
            public List<Appointment> ofPosition(long positionId) {
                return source.appointments();
            }
        };
        service.printLog = new DossierPrintLog() {
            @Override
            public void record(Instant at, CallerIdentity who, long positionId, PeriodRange period, int pageCount,
                               long byteSize, String contentSha256, String fileSha256) {
                recorded.add(who.username() + " " + positionId + " " + pageCount + " " + contentSha256);
            }
        };
        service.executor = executor;
        service.clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    @AfterEach
    void deleteTheFiles() {
        service.deleteEveryFile();
    }

    @Test
    void aStartedPrint_isCheckedAndReadAtOnce_writtenInTheBackground_andAuditedWhenDone() throws Exception {
        DossierPrintJob started = service.start(5, DossierOptions.ALL);

        assertThat(audited).containsExactly("intermediario dossier 5");
        assertThat(started.progress().stage()).isEqualTo(DossierProgress.Stage.QUEUED);
        assertThat(started.ready()).isFalse();
        assertThat(recorded).isEmpty();
        assertThatThrownBy(() -> service.result(started.id())).isInstanceOf(IllegalStateException.class);

        executor.runAll();

        DossierPrintJob done = service.job(started.id()).orElseThrow();
        assertThat(done.ready()).isTrue();
        assertThat(done.progress().fraction()).isEqualTo(1.0);
        assertThat(done.pageCount()).isGreaterThan(3);
        assertThat(done.fileName()).startsWith("fascicolo-7001000005-").endsWith(".pdf");
        PrintedDossier printed = service.result(started.id());
        assertThat(PdfFacts.read(printed.file()).pages()).isEqualTo(done.pageCount());
        assertThat(recorded).containsExactly("intermediario 5 " + done.pageCount() + " " + printed.contentSha256());
    }

    @Test
    void anotherUser_canNeitherFollowNorDownloadNorDiscardSomeoneElsesPrint() {
        DossierPrintJob started = service.start(5, DossierOptions.ALL);
        executor.runAll();

        caller = PAOLO;
        assertThatThrownBy(() -> service.job(started.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.result(started.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.discard(started.id())).isInstanceOf(AccessDeniedException.class);

        caller = GIULIA;
        assertThat(service.job(started.id())).get().matches(DossierPrintJob::ready);
    }

    @Test
    void aForeignPosition_isRefusedBeforeAnythingIsReadOrQueued() {
        assertThatThrownBy(() -> service.start(12, DossierOptions.ALL)).isInstanceOf(AccessDeniedException.class);
        assertThat(executor.tasks).isEmpty();
        assertThat(service.jobCount()).isZero();
    }

    @Test
    void atMostTwoPrintsRunAtOnce_fourWait_andTheNextIsRefused() {
        List<DossierPrintJob> started = new ArrayList<>();
        for (int i = 0; i < DossierService.MAX_CONCURRENT_PRINTS + DossierService.MAX_WAITING_PRINTS; i++) {
            started.add(service.start(5, DossierOptions.ALL));
        }
        assertThat(executor.tasks).as("handed to the executor").hasSize(DossierService.MAX_CONCURRENT_PRINTS);

        assertThatThrownBy(() -> service.start(5, DossierOptions.ALL)).isInstanceOf(DossierBusyException.class)
                .hasMessageContaining("retry shortly");

        executor.runOne();
        assertThat(executor.tasks).as("a finished print lets the first waiting one in")
                .hasSize(DossierService.MAX_CONCURRENT_PRINTS);
        assertThat(service.job(started.get(0).id())).get().matches(DossierPrintJob::ready);
        assertThat(service.job(started.get(2).id())).get()
                .matches(job -> job.progress().stage() == DossierProgress.Stage.QUEUED);
        executor.runAll();
        assertThat(started).allMatch(job -> service.job(job.id()).orElseThrow().ready());
    }

    @Test
    void aDiscardedPrint_andAPrintFinishedLongerAgoThanTheTtl_areForgottenWithTheirFiles() {
        DossierPrintJob first = service.start(5, DossierOptions.ALL);
        DossierPrintJob second = service.start(5, DossierOptions.ALL);
        executor.runAll();
        Path firstFile = service.result(first.id()).file();
        Path secondFile = service.result(second.id()).file();

        service.discard(first.id());
        assertThat(service.job(first.id())).isEmpty();
        assertThat(firstFile).doesNotExist();
        assertThat(secondFile).exists();

        now = now.plus(DossierService.JOB_TTL).plusSeconds(1);
        assertThat(service.job(second.id())).isEmpty();
        assertThat(secondFile).doesNotExist();
        assertThat(service.jobCount()).isZero();
    }

    @Test
    void aPrintThatCannotBeAudited_isReportedAsFailed_andHandsOverNoFile() {
        service.printLog = new DossierPrintLog() {
            @Override
            public void record(Instant at, CallerIdentity who, long positionId, PeriodRange period, int pageCount,
                               long byteSize, String contentSha256, String fileSha256) {
                throw new IllegalStateException("database down");
            }
        };
        DossierPrintJob started = service.start(5, DossierOptions.ALL);
        executor.runAll();

        DossierPrintJob failed = service.job(started.id()).orElseThrow();
        assertThat(failed.failed()).isTrue();
        assertThat(failed.failure()).isEqualTo(DossierPrintJob.Failure.ERROR);
        assertThatThrownBy(() -> service.result(started.id())).isInstanceOf(IllegalStateException.class);
    }

    /** An executor that holds its tasks until the test runs them, in order. */
    static final class HeldTasks extends AbstractExecutorService {
        final List<Runnable> tasks = new ArrayList<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runOne() {
            tasks.remove(0).run();
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                runOne();
            }
        }

        @Override
        public void shutdown() {
        }

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
