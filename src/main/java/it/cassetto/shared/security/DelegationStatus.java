package it.cassetto.shared.security;

/**
 * Life-cycle of a delegation: requested (awaiting confirmation), active, expired, revoked by the
 * delegating party, or locked by the institute. Only ACTIVE, and in date, grants anything.
 */
public enum DelegationStatus {
    REQUESTED, ACTIVE, EXPIRED, REVOKED, LOCKED
}
