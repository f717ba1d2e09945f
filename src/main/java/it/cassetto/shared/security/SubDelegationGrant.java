package it.cassetto.shared.security;

import java.util.Objects;

/** A sub-delegation from an intermediary to one of its staff, with the delegation it derives from. */
public record SubDelegationGrant(DelegationGrant parent, DelegationGrant own) {

    public SubDelegationGrant {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(own, "own");
    }
}
