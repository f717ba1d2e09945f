package it.cassetto.shared.security;

import java.util.Objects;

/**
 * The outcome of the access rules for one caller, position and action: granted or not, the role the
 * caller acted in (null when the caller has no portal role) and why.
 */
public record AccessDecision(boolean granted, Role actingRole, Reason reason) {

    /** Why access was granted or denied; recorded in the audit trail. */
    public enum Reason {
        LEGAL_REPRESENTATIVE, ENTITY_EMPLOYEE_DELEGATION, INTERMEDIARY_DELEGATION, SUB_DELEGATION,
        COMPETENT_OFFICE, SUPERVISOR,
        UNKNOWN_POSITION, NO_RELATION, READ_ONLY
    }

    public AccessDecision {
        Objects.requireNonNull(reason, "reason");
    }

    static AccessDecision grant(Role role, Reason reason) {
        return new AccessDecision(true, role, reason);
    }

    static AccessDecision deny(Role role, Reason reason) {
        return new AccessDecision(false, role, reason);
    }
}
