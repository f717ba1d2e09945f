package it.cassetto.delegation;

/** The answer to an activation attempt; {@code triesLeft} matters after a wrong code. */
public record ActivationResult(Outcome outcome, int triesLeft) {

    public enum Outcome {
        /** The delegation is active: the position is reachable at once. */
        ACTIVATED,
        /** Wrong code: {@code triesLeft} more tries. */
        WRONG_CODE,
        /** Too many wrong codes: the request is locked; a new request is needed. */
        LOCKED,
        /** The code expired: a new request is needed. */
        EXPIRED,
        /** The request is no longer waiting for a code (already active, revoked). */
        NOT_PENDING
    }
}
