package it.cassetto.delegation;

import java.time.LocalDate;

/**
 * A delegation in force today on a position: to an intermediary (with the firm's name), a sub-delegation
 * to the intermediary's staff, or a delegation of the contributor to one of its employees. {@code scope} is
 * READ_ONLY or READ_AND_SEND; {@code validTo} null means open-ended.
 */
public record DelegationInForce(Kind kind, String username, String fiscalCode, String firmName, String scope,
                                LocalDate validFrom, LocalDate validTo) {

    /** Who the delegation is to. */
    public enum Kind {
        INTERMEDIARY, INTERMEDIARY_STAFF, ENTITY_EMPLOYEE;

        /** The resource-bundle key of the kind's label. */
        public String labelKey() {
            return "delegation.kind." + name();
        }
    }
}
