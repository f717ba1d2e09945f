package it.cassetto.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cassetto.request.RequestStateMachine.State;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class RequestStateMachineTest {

    static final LocalDate DUE = LocalDate.of(2026, 5, 15);
    static final State OPEN = new State(RequestStatus.OPEN, false, DUE, false);

    static void refused(String key, Executable action) {
        assertThatThrownBy(action::execute).isInstanceOf(RequestRuleException.class)
                .extracting(e -> ((RequestRuleException) e).messageKey()).isEqualTo(key);
    }

    @Test
    void aRequest_goesFromOpenToInChargeToClosed() {
        State inCharge = OPEN.takenInCharge();
        assertThat(inCharge.status()).isEqualTo(RequestStatus.IN_CHARGE);
        assertThat(inCharge.closed(Outcome.REJECTED).status()).isEqualTo(RequestStatus.CLOSED);
    }

    @Test
    void anOpenRequest_cannotBeClosedBeforeBeingTakenInCharge() {
        refused("request.error.notInCharge", () -> OPEN.closed(Outcome.ACCEPTED));
    }

    @Test
    void closing_needsAnOutcome() {
        refused("request.error.outcomeRequired", () -> OPEN.takenInCharge().closed(null));
    }

    @Test
    void aClosedRequest_acceptsNothingMore() {
        State closed = OPEN.takenInCharge().closed(Outcome.ACCEPTED);
        refused("request.error.closed", closed::takenInCharge);
        refused("request.error.closed", closed::commented);
        refused("request.error.closed", closed::documentsAsked);
        refused("request.error.closed", closed::userReplied);
        refused("request.error.closed", () -> closed.closed(Outcome.REJECTED));
        refused("request.error.closed", () -> closed.reminded(DUE.plusDays(5)));
    }

    @Test
    void takingInCharge_twice_isRefused() {
        refused("request.error.notOpen", () -> OPEN.takenInCharge().takenInCharge());
    }

    @Test
    void documents_areAskedOnlyInCharge_andTheUserRepliesOnlyWhenAsked() {
        refused("request.error.notInCharge", OPEN::documentsAsked);
        refused("request.error.noDocumentsAsked", OPEN::userReplied);
        State asked = OPEN.takenInCharge().documentsAsked();
        assertThat(asked.awaitingUser()).isTrue();
        refused("request.error.alreadyAwaitingUser", asked::documentsAsked);
        State replied = asked.userReplied();
        assertThat(replied.awaitingUser()).isFalse();
        assertThat(replied.status()).isEqualTo(RequestStatus.IN_CHARGE);
    }

    @Test
    void aReminder_comesOnlyAfterTheDueDate_once() {
        refused("request.error.notYetDue", () -> OPEN.reminded(DUE));
        State reminded = OPEN.reminded(DUE.plusDays(1));
        assertThat(reminded.reminded()).isTrue();
        refused("request.error.alreadyReminded", () -> reminded.reminded(DUE.plusDays(2)));
    }

    @Test
    void withoutAGuaranteedTime_thereIsNoReminderAndNoOverdue() {
        State unspecified = new State(RequestStatus.OPEN, false, null, false);
        refused("request.error.noGuaranteedTime", () -> unspecified.reminded(DUE.plusYears(1)));
        assertThat(unspecified.overdueOn(DUE.plusYears(1))).isFalse();
    }

    @Test
    void overdue_meansOpenAndPastTheDueDate() {
        assertThat(OPEN.overdueOn(DUE)).isFalse();
        assertThat(OPEN.overdueOn(DUE.plusDays(1))).isTrue();
        assertThat(OPEN.takenInCharge().closed(Outcome.ACCEPTED).overdueOn(DUE.plusDays(1))).isFalse();
    }
}
