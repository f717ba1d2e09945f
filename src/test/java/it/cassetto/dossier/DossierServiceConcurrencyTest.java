package it.cassetto.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cassetto.position.PositionMasterData;
import it.cassetto.position.PositionService;
import it.cassetto.shared.security.AccessDecision;
import it.cassetto.shared.security.AccessDeniedException;
import it.cassetto.shared.security.Action;
import it.cassetto.shared.security.CallerIdentity;
import it.cassetto.shared.security.CurrentUser;
import it.cassetto.shared.security.PositionAccessGuard;
import it.cassetto.shared.security.Role;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The print's gatekeeping without a container: the guard comes first, and at most two prints run at once. */
class DossierServiceConcurrencyTest {

    final CountDownLatch inside = new CountDownLatch(2);
    final CountDownLatch release = new CountDownLatch(1);
    final List<Long> denied = new ArrayList<>();
    final DossierService service = new DossierService();

    DossierServiceConcurrencyTest() {
        service.currentUser = new CurrentUser() {
            @Override
            public Optional<CallerIdentity> identity() {
                return Optional.of(new CallerIdentity("supervisore", "Marco Colombo", null, Set.of(Role.SUPERVISOR)));
            }
        };
        service.guard = new PositionAccessGuard() {
            @Override
            public AccessDecision check(long positionId, String section, Action action) {
                assertThat(section).isEqualTo(DossierService.SECTION);
                if (positionId == 12) {
                    denied.add(positionId);
                    throw new AccessDeniedException("not yours");
                }
                return null;
            }
        };
        service.positions = new PositionService() {
            @Override
            public PositionMasterData masterData(long positionId) {
                inside.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("stop here");
            }
        };
        service.slotWait = Duration.ofMillis(300);
    }

    @Test
    void aThirdConcurrentPrint_waitsThenIsToldToRetry_andSlotsFreeUpEvenWhenAPrintFails() throws Exception {
        List<Thread> printing = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread thread = new Thread(() -> {
                try {
                    service.print(5, DossierOptions.ALL, ProgressListener.NONE);
                } catch (IllegalStateException expected) {
                    // the fake position service stops the print
                }
            });
            thread.start();
            printing.add(thread);
        }
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> service.print(5, DossierOptions.ALL, null))
                .isInstanceOf(DossierBusyException.class).hasMessageContaining("retry shortly");

        release.countDown();
        for (Thread thread : printing) {
            thread.join(10_000);
        }
        assertThatThrownBy(() -> service.print(5, DossierOptions.ALL, null))
                .isInstanceOf(IllegalStateException.class).hasMessage("stop here");
    }

    @Test
    void aPositionTheCallerMayNotRead_isRefusedBeforeAnythingIsRead() {
        assertThatThrownBy(() -> service.print(12, DossierOptions.ALL, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(denied).containsExactly(12L);
        assertThat(inside.getCount()).isEqualTo(2);
    }
}
