package it.cassetto.delegation;

/**
 * What a person sees of a delegation: the stored status read together with today's date and the code's
 * expiry (an ACTIVE delegation past its end date is EXPIRED; so is a request whose code has expired).
 */
public enum DelegationState {
    REQUESTED, ACTIVE, EXPIRED, REVOKED, LOCKED
}
