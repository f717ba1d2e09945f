package it.cassetto.shared.security;

/** What a delegation allows: consultation only, or consultation and sending (requests, declarations). */
public enum DelegationScope {
    READ_ONLY, READ_AND_SEND;

    public boolean allows(Action action) {
        return action == Action.READ || this == READ_AND_SEND;
    }
}
