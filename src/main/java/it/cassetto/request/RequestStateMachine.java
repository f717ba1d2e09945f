package it.cassetto.request;

import java.time.LocalDate;

/**
 * The rules of a request's life, as a pure function of its state: aperta -> in carico -> chiusa (with an
 * outcome); the office may comment while it is open, ask for documents once in charge (the user may then
 * reply, once per request), and the user may send one reminder (sollecito) after the due date has passed
 * without an answer. Every refusal is a {@link RequestRuleException}.
 */
public final class RequestStateMachine {

    private RequestStateMachine() {
    }

    /** What the rules look at: status, whether documents were asked and not yet given, due date, reminded. */
    public record State(RequestStatus status, boolean awaitingUser, LocalDate dueOn, boolean reminded) {

        public State takenInCharge() {
            requireStatus(this, RequestStatus.OPEN, "request.error.notOpen");
            return new State(RequestStatus.IN_CHARGE, awaitingUser, dueOn, reminded);
        }

        public State commented() {
            requireNotClosed(this);
            return this;
        }

        public State documentsAsked() {
            requireStatus(this, RequestStatus.IN_CHARGE, "request.error.notInCharge");
            if (awaitingUser) {
                throw new RequestRuleException("request.error.alreadyAwaitingUser");
            }
            return new State(status, true, dueOn, reminded);
        }

        public State userReplied() {
            requireNotClosed(this);
            if (!awaitingUser) {
                throw new RequestRuleException("request.error.noDocumentsAsked");
            }
            return new State(status, false, dueOn, reminded);
        }

        public State closed(Outcome outcome) {
            if (outcome == null) {
                throw new RequestRuleException("request.error.outcomeRequired");
            }
            requireStatus(this, RequestStatus.IN_CHARGE, "request.error.notInCharge");
            return new State(RequestStatus.CLOSED, false, dueOn, reminded);
        }

        /** A reminder is allowed once, on an open request with a guaranteed time, after its due date. */
        public State reminded(LocalDate today) {
            requireNotClosed(this);
            if (dueOn == null) {
                throw new RequestRuleException("request.error.noGuaranteedTime");
            }
            if (!today.isAfter(dueOn)) {
                throw new RequestRuleException("request.error.notYetDue", dueOn);
            }
            if (reminded) {
                throw new RequestRuleException("request.error.alreadyReminded");
            }
            return new State(status, awaitingUser, dueOn, true);
        }

        /** Overdue: not closed, with a guaranteed time, and today is after the due date. */
        public boolean overdueOn(LocalDate today) {
            return status != RequestStatus.CLOSED && dueOn != null && today.isAfter(dueOn);
        }
    }

    private static void requireStatus(State state, RequestStatus expected, String key) {
        if (state.status() == RequestStatus.CLOSED) {
            throw new RequestRuleException("request.error.closed");
        }
        if (state.status() != expected) {
            throw new RequestRuleException(key);
        }
    }

    private static void requireNotClosed(State state) {
        if (state.status() == RequestStatus.CLOSED) {
            throw new RequestRuleException("request.error.closed");
        }
    }
}
