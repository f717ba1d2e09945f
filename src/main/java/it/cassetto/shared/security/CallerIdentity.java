package it.cassetto.shared.security;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: the Keycloak username, the name to show, the Italian fiscal code and the portal
 * roles. Built from the container's authenticated caller; never from anything the browser sends.
 */
public record CallerIdentity(String username, String displayName, String fiscalCode, Set<Role> roles) {

    public CallerIdentity {
        Objects.requireNonNull(username, "username");
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The role shown in the header: the first in declaration order, if the user has several. */
    public Optional<Role> mainRole() {
        return roles.stream().min(Comparator.naturalOrder());
    }
}
