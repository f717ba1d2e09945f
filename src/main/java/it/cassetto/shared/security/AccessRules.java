package it.cassetto.shared.security;

import it.cassetto.shared.security.AccessDecision.Reason;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The one statement of who may read or send on a position, as a pure function of the caller, the
 * caller's relations to the position, the day and the action. {@link PositionAccessGuard} applies it.
 * <ul>
 * <li>employer: positions whose legal representative has the caller's fiscal code (read and send);</li>
 * <li>entity employee: positions of an entity that delegated the caller, in force, within its scope;</li>
 * <li>intermediary: positions with a delegation to the caller in force, within its scope;</li>
 * <li>intermediary's staff: positions sub-delegated to the caller, the sub-delegation and its parent both
 * in force, within both scopes;</li>
 * <li>operator: positions of an office the caller works in (read and send);</li>
 * <li>supervisor: every position, read only.</li>
 * </ul>
 * A caller with several roles is granted if any of them grants.
 */
public final class AccessRules {

    private AccessRules() {
    }

    public static AccessDecision decide(CallerIdentity caller, PositionRelations relations, LocalDate today,
                                        Action action) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(relations, "relations");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(action, "action");
        Role mainRole = caller.mainRole().orElse(null);
        if (!relations.exists()) {
            return AccessDecision.deny(mainRole, Reason.UNKNOWN_POSITION);
        }
        AccessDecision denial = AccessDecision.deny(mainRole, Reason.NO_RELATION);
        for (Role role : Role.values()) {
            if (!caller.hasRole(role)) {
                continue;
            }
            AccessDecision decision = decideAs(role, caller, relations, today, action);
            if (decision.granted()) {
                return decision;
            }
            if (decision.reason() == Reason.READ_ONLY) {
                denial = decision;
            }
        }
        return denial;
    }

    private static AccessDecision decideAs(Role role, CallerIdentity caller, PositionRelations relations,
                                           LocalDate today, Action action) {
        return switch (role) {
            case EMPLOYER -> PositionRelations.sameCode(caller.fiscalCode(), relations.legalRepresentativeFiscalCode())
                    ? AccessDecision.grant(role, Reason.LEGAL_REPRESENTATIVE)
                    : AccessDecision.deny(role, Reason.NO_RELATION);
            case ENTITY_EMPLOYEE -> byDelegation(role, Reason.ENTITY_EMPLOYEE_DELEGATION,
                    relations.employeeDelegations(), caller, today, action);
            case INTERMEDIARY -> byDelegation(role, Reason.INTERMEDIARY_DELEGATION,
                    relations.intermediaryDelegations(), caller, today, action);
            case INTERMEDIARY_STAFF -> bySubDelegation(role, relations, caller, today, action);
            case OPERATOR -> relations.inCallersOffice()
                    ? AccessDecision.grant(role, Reason.COMPETENT_OFFICE)
                    : AccessDecision.deny(role, Reason.NO_RELATION);
            case SUPERVISOR -> action == Action.READ
                    ? AccessDecision.grant(role, Reason.SUPERVISOR)
                    : AccessDecision.deny(role, Reason.READ_ONLY);
        };
    }

    private static AccessDecision byDelegation(Role role, Reason reason, Iterable<DelegationGrant> delegations,
                                               CallerIdentity caller, LocalDate today, Action action) {
        boolean inForce = false;
        for (DelegationGrant delegation : delegations) {
            if (delegation.isFor(caller) && delegation.isInForceOn(today)) {
                inForce = true;
                if (delegation.scope().allows(action)) {
                    return AccessDecision.grant(role, reason);
                }
            }
        }
        return AccessDecision.deny(role, inForce ? Reason.READ_ONLY : Reason.NO_RELATION);
    }

    private static AccessDecision bySubDelegation(Role role, PositionRelations relations, CallerIdentity caller,
                                                  LocalDate today, Action action) {
        boolean inForce = false;
        for (SubDelegationGrant sub : relations.subDelegations()) {
            if (sub.own().isFor(caller) && sub.own().isInForceOn(today) && sub.parent().isInForceOn(today)) {
                inForce = true;
                if (sub.own().scope().allows(action) && sub.parent().scope().allows(action)) {
                    return AccessDecision.grant(role, Reason.SUB_DELEGATION);
                }
            }
        }
        return AccessDecision.deny(role, inForce ? Reason.READ_ONLY : Reason.NO_RELATION);
    }
}
