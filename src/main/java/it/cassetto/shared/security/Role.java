package it.cassetto.shared.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The portal's roles, as realm roles in Keycloak and as groups in the {@code groups} claim of the
 * OpenID Connect tokens. The constants in {@link Names} are for {@code @RolesAllowed}.
 */
public enum Role {
    /** Employer or public entity's legal representative. */
    EMPLOYER(Names.EMPLOYER),
    /** An employee the employer or entity has delegated. */
    ENTITY_EMPLOYEE(Names.ENTITY_EMPLOYEE),
    /** Labour consultant, accountant or lawyer acting on delegated positions. */
    INTERMEDIARY(Names.INTERMEDIARY),
    /** An intermediary's employee acting on sub-delegated positions. */
    INTERMEDIARY_STAFF(Names.INTERMEDIARY_STAFF),
    /** An officer of one of the institute's local offices (back office). */
    OPERATOR(Names.OPERATOR),
    /** Reads every position and every office's figures. */
    SUPERVISOR(Names.SUPERVISOR);

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The name used in Keycloak, in the tokens and in {@code @RolesAllowed}. */
    public String roleName() {
        return roleName;
    }

    /** The resource-bundle key of the role's label. */
    public String labelKey() {
        return "role." + roleName;
    }

    public static Optional<Role> fromRoleName(String name) {
        return Arrays.stream(values()).filter(r -> r.roleName.equals(name)).findFirst();
    }

    /** Role names as compile-time constants, for annotations. */
    public static final class Names {
        public static final String EMPLOYER = "employer";
        public static final String ENTITY_EMPLOYEE = "entity-employee";
        public static final String INTERMEDIARY = "intermediary";
        public static final String INTERMEDIARY_STAFF = "intermediary-staff";
        public static final String OPERATOR = "operator";
        public static final String SUPERVISOR = "supervisor";

        private Names() {
        }
    }
}
