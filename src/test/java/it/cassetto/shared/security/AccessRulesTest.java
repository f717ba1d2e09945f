package it.cassetto.shared.security;

import static it.cassetto.shared.security.PositionRelationsBuilder.GrantBuilder.aDelegation;
import static it.cassetto.shared.security.PositionRelationsBuilder.aPosition;
import static it.cassetto.shared.security.PositionRelationsBuilder.anUnknownPosition;
import static org.assertj.core.api.Assertions.assertThat;

import it.cassetto.shared.security.AccessDecision.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class AccessRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static final CallerIdentity DATORE = caller("datore", "RSSMRA75C12H501H", Role.EMPLOYER);
    static final CallerIdentity DIPENDENTE = caller("dipendente.ente", "FRRLCU82L65F205L", Role.ENTITY_EMPLOYEE);
    static final CallerIdentity INTERMEDIARIO = caller("intermediario", "BNCGLI79S43L219T", Role.INTERMEDIARY);
    static final CallerIdentity COLLABORATORE = caller("collaboratore", "SPSPLA90E18F839A", Role.INTERMEDIARY_STAFF);
    static final CallerIdentity OPERATORE = caller("operatore", "RMNNNA85B49A944A", Role.OPERATOR);
    static final CallerIdentity SUPERVISORE = caller("supervisore", "CLMMRC70P30D612A", Role.SUPERVISOR);

    static CallerIdentity caller(String username, String fiscalCode, Role... roles) {
        return new CallerIdentity(username, username, fiscalCode, Set.of(roles));
    }

    static CallerIdentity callerFor(Role role) {
        return switch (role) {
            case EMPLOYER -> DATORE;
            case ENTITY_EMPLOYEE -> DIPENDENTE;
            case INTERMEDIARY -> INTERMEDIARIO;
            case INTERMEDIARY_STAFF -> COLLABORATORE;
            case OPERATOR -> OPERATORE;
            case SUPERVISOR -> SUPERVISORE;
        };
    }

    /** The ways a caller may be related to a position. */
    enum Relation { NONE, LEGAL_REPRESENTATIVE, EMPLOYEE_DELEGATION, INTERMEDIARY_DELEGATION, SUB_DELEGATION, OFFICE }

    /** The states a delegation can be in on TODAY. */
    enum GrantState {
        IN_FORCE(DelegationStatus.ACTIVE, TODAY.minusYears(1), TODAY.plusYears(1)),
        IN_FORCE_OPEN_ENDED(DelegationStatus.ACTIVE, TODAY.minusYears(1), null),
        STARTS_TODAY(DelegationStatus.ACTIVE, TODAY, TODAY.plusMonths(1)),
        ENDS_TODAY(DelegationStatus.ACTIVE, TODAY.minusMonths(1), TODAY),
        ACTIVE_BUT_ENDED_YESTERDAY(DelegationStatus.ACTIVE, TODAY.minusYears(1), TODAY.minusDays(1)),
        ACTIVE_BUT_STARTS_TOMORROW(DelegationStatus.ACTIVE, TODAY.plusDays(1), TODAY.plusYears(1)),
        EXPIRED(DelegationStatus.EXPIRED, TODAY.minusYears(2), TODAY.minusYears(1)),
        EXPIRED_STATUS_WITHIN_DATES(DelegationStatus.EXPIRED, TODAY.minusYears(1), TODAY.plusYears(1)),
        REVOKED(DelegationStatus.REVOKED, TODAY.minusYears(1), TODAY.plusYears(1)),
        LOCKED(DelegationStatus.LOCKED, TODAY.minusYears(1), TODAY.plusYears(1)),
        REQUESTED(DelegationStatus.REQUESTED, TODAY.minusDays(1), TODAY.plusYears(1));

        final DelegationStatus status;
        final LocalDate from;
        final LocalDate to;

        GrantState(DelegationStatus status, LocalDate from, LocalDate to) {
            this.status = status;
            this.from = from;
            this.to = to;
        }

        boolean inForce() {
            return this == IN_FORCE || this == IN_FORCE_OPEN_ENDED || this == STARTS_TODAY || this == ENDS_TODAY;
        }
    }

    static DelegationGrant grant(CallerIdentity to, GrantState state, DelegationScope scope) {
        return aDelegation().to(to).status(state.status).validFrom(state.from).validTo(state.to).scope(scope).build();
    }

    static PositionRelations relations(Relation relation, CallerIdentity caller, GrantState state,
                                       DelegationScope scope) {
        PositionRelationsBuilder position = aPosition().withLegalRepresentative("VRDGPP60A01F205Z");
        return switch (relation) {
            case NONE -> position.build();
            case LEGAL_REPRESENTATIVE -> position.withLegalRepresentative(caller.fiscalCode()).build();
            case EMPLOYEE_DELEGATION -> position.withEmployeeDelegation(grant(caller, state, scope)).build();
            case INTERMEDIARY_DELEGATION -> position.delegatedTo(grant(caller, state, scope)).build();
            case SUB_DELEGATION -> position.subDelegated(
                    grant(INTERMEDIARIO, GrantState.IN_FORCE, DelegationScope.READ_AND_SEND),
                    grant(caller, state, scope)).build();
            case OFFICE -> position.inTheCallersOffice().build();
        };
    }

    /** The relation that gives each role access; the supervisor needs none. */
    static Relation relationOf(Role role) {
        return switch (role) {
            case EMPLOYER -> Relation.LEGAL_REPRESENTATIVE;
            case ENTITY_EMPLOYEE -> Relation.EMPLOYEE_DELEGATION;
            case INTERMEDIARY -> Relation.INTERMEDIARY_DELEGATION;
            case INTERMEDIARY_STAFF -> Relation.SUB_DELEGATION;
            case OPERATOR -> Relation.OFFICE;
            case SUPERVISOR -> Relation.NONE;
        };
    }

    static boolean isDelegation(Relation relation) {
        return relation == Relation.EMPLOYEE_DELEGATION || relation == Relation.INTERMEDIARY_DELEGATION
                || relation == Relation.SUB_DELEGATION;
    }

    /** The expected outcome, stated independently of the implementation. */
    static boolean expectedGranted(Role role, Relation relation, GrantState state, DelegationScope scope,
                                   Action action) {
        if (role == Role.SUPERVISOR) {
            return action == Action.READ;
        }
        if (relation != relationOf(role)) {
            return false;
        }
        if (!isDelegation(relation)) {
            return true;
        }
        return state.inForce() && (action == Action.READ || scope == DelegationScope.READ_AND_SEND);
    }

    static Stream<Arguments> everyRoleRelationStateScopeAndAction() {
        List<Arguments> cases = new ArrayList<>();
        for (Role role : Role.values()) {
            for (Relation relation : Relation.values()) {
                for (GrantState state : GrantState.values()) {
                    for (DelegationScope scope : DelegationScope.values()) {
                        for (Action action : Action.values()) {
                            if (!isDelegation(relation) && (state != GrantState.IN_FORCE
                                    || scope != DelegationScope.READ_AND_SEND)) {
                                continue; // state and scope only matter for delegations
                            }
                            cases.add(Arguments.of(role, relation, state, scope, action,
                                    expectedGranted(role, relation, state, scope, action)));
                        }
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} with {1} ({2}, {3}) {4} -> granted={5}")
    @MethodSource("everyRoleRelationStateScopeAndAction")
    void eachRoleIsGrantedExactlyByItsOwnRelationInForceAndInScope(Role role, Relation relation, GrantState state,
                                                                    DelegationScope scope, Action action,
                                                                    boolean granted) {
        CallerIdentity caller = callerFor(role);
        AccessDecision decision = AccessRules.decide(caller, relations(relation, caller, state, scope), TODAY,
                action);
        assertThat(decision.granted()).isEqualTo(granted);
        assertThat(decision.actingRole()).isEqualTo(role);
    }

    static Stream<Arguments> everyParentStateAndScopeForAnInForceSubDelegation() {
        List<Arguments> cases = new ArrayList<>();
        for (GrantState parentState : GrantState.values()) {
            for (DelegationScope parentScope : DelegationScope.values()) {
                for (DelegationScope ownScope : DelegationScope.values()) {
                    for (Action action : Action.values()) {
                        boolean granted = parentState.inForce() && (action == Action.READ
                                || parentScope == DelegationScope.READ_AND_SEND
                                && ownScope == DelegationScope.READ_AND_SEND);
                        cases.add(Arguments.of(parentState, parentScope, ownScope, action, granted));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "parent {0} {1}, own {2}, {3} -> granted={4}")
    @MethodSource("everyParentStateAndScopeForAnInForceSubDelegation")
    void staffSubDelegationNeedsItsParentDelegationInForceAndBothScopes(GrantState parentState,
                                                                        DelegationScope parentScope,
                                                                        DelegationScope ownScope, Action action,
                                                                        boolean granted) {
        PositionRelations relations = aPosition().subDelegated(grant(INTERMEDIARIO, parentState, parentScope),
                grant(COLLABORATORE, GrantState.IN_FORCE, ownScope)).build();
        assertThat(AccessRules.decide(COLLABORATORE, relations, TODAY, action).granted()).isEqualTo(granted);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void anyRole_onAnUnknownPosition_isDenied(Role role) {
        AccessDecision decision = AccessRules.decide(callerFor(role), anUnknownPosition().inTheCallersOffice().build(),
                TODAY, Action.READ);
        assertThat(decision.granted()).isFalse();
        assertThat(decision.reason()).isEqualTo(Reason.UNKNOWN_POSITION);
    }

    @Nested
    class Intermediary {

        @Test
        void intermediaryWithActiveDelegation_readsPosition_isGranted() {
            PositionRelations relations = aPosition()
                    .delegatedTo(grant(INTERMEDIARIO, GrantState.IN_FORCE, DelegationScope.READ_ONLY)).build();
            AccessDecision decision = AccessRules.decide(INTERMEDIARIO, relations, TODAY, Action.READ);
            assertThat(decision.granted()).isTrue();
            assertThat(decision.reason()).isEqualTo(Reason.INTERMEDIARY_DELEGATION);
        }

        @Test
        void intermediaryWithReadOnlyDelegation_sends_isDeniedAsReadOnly() {
            PositionRelations relations = aPosition()
                    .delegatedTo(grant(INTERMEDIARIO, GrantState.IN_FORCE, DelegationScope.READ_ONLY)).build();
            AccessDecision decision = AccessRules.decide(INTERMEDIARIO, relations, TODAY, Action.SEND);
            assertThat(decision.granted()).isFalse();
            assertThat(decision.reason()).isEqualTo(Reason.READ_ONLY);
        }

        @Test
        void intermediaryWithExpiredAndActiveDelegations_readsPosition_isGrantedByTheActiveOne() {
            PositionRelations relations = aPosition()
                    .delegatedTo(grant(INTERMEDIARIO, GrantState.EXPIRED, DelegationScope.READ_AND_SEND))
                    .delegatedTo(grant(INTERMEDIARIO, GrantState.IN_FORCE, DelegationScope.READ_AND_SEND)).build();
            assertThat(AccessRules.decide(INTERMEDIARIO, relations, TODAY, Action.SEND).granted()).isTrue();
        }

        @Test
        void intermediaryWithDelegationToAnotherIntermediary_readsPosition_isDenied() {
            PositionRelations relations = aPosition().delegatedTo(aDelegation()
                    .to("altro.studio", "VRDGPP60A01F205Z").build()).build();
            assertThat(AccessRules.decide(INTERMEDIARIO, relations, TODAY, Action.READ).granted()).isFalse();
        }

        @Test
        void callerWithTheDelegatesUsernameButAnotherFiscalCode_readsPosition_isDenied() {
            PositionRelations relations = aPosition().delegatedTo(aDelegation()
                    .to("intermediario", "VRDGPP60A01F205Z").build()).build();
            assertThat(AccessRules.decide(INTERMEDIARIO, relations, TODAY, Action.READ).granted()).isFalse();
        }

        @Test
        void callerWithoutFiscalCode_readsDelegatedPosition_isDenied() {
            CallerIdentity noCode = caller("intermediario", null, Role.INTERMEDIARY);
            PositionRelations relations = aPosition().delegatedTo(aDelegation().to("intermediario", null).build())
                    .build();
            assertThat(AccessRules.decide(noCode, relations, TODAY, Action.READ).granted()).isFalse();
        }

        @Test
        void intermediaryWithADelegationAsEntityEmployee_readsPosition_isDenied() {
            PositionRelations relations = aPosition()
                    .withEmployeeDelegation(grant(INTERMEDIARIO, GrantState.IN_FORCE, DelegationScope.READ_AND_SEND))
                    .build();
            assertThat(AccessRules.decide(INTERMEDIARIO, relations, TODAY, Action.READ).granted()).isFalse();
        }
    }

    @Nested
    class Staff {

        @Test
        void staffWithSubDelegationOfAnotherStaffMember_readsPosition_isDenied() {
            PositionRelations relations = aPosition().subDelegated(
                    grant(INTERMEDIARIO, GrantState.IN_FORCE, DelegationScope.READ_AND_SEND),
                    aDelegation().to("altro.collaboratore", "VRDGPP60A01F205Z").build()).build();
            assertThat(AccessRules.decide(COLLABORATORE, relations, TODAY, Action.READ).granted()).isFalse();
        }

        @Test
        void staffWithOnlyTheParentDelegation_readsPosition_isDenied() {
            PositionRelations relations = aPosition()
                    .delegatedTo(grant(COLLABORATORE, GrantState.IN_FORCE, DelegationScope.READ_AND_SEND)).build();
            assertThat(AccessRules.decide(COLLABORATORE, relations, TODAY, Action.READ).granted()).isFalse();
        }
    }

    @Nested
    class EmployerOperatorSupervisor {

        @Test
        void employer_readsAndSendsOnTheirEntitysPosition_isGranted() {
            PositionRelations relations = aPosition().withLegalRepresentative("rssmra75c12h501h").build();
            assertThat(AccessRules.decide(DATORE, relations, TODAY, Action.SEND).reason())
                    .isEqualTo(Reason.LEGAL_REPRESENTATIVE);
        }

        @Test
        void employerWithoutFiscalCode_readsAPositionWithoutLegalRepresentative_isDenied() {
            CallerIdentity noCode = caller("datore", null, Role.EMPLOYER);
            PositionRelations relations = aPosition().withLegalRepresentative(null).build();
            assertThat(AccessRules.decide(noCode, relations, TODAY, Action.READ).granted()).isFalse();
        }

        @Test
        void operatorOfAnotherOffice_readsPosition_isDenied() {
            assertThat(AccessRules.decide(OPERATORE, aPosition().build(), TODAY, Action.READ).granted()).isFalse();
        }

        @Test
        void supervisor_sends_isDeniedAsReadOnly() {
            AccessDecision decision = AccessRules.decide(SUPERVISORE, aPosition().build(), TODAY, Action.SEND);
            assertThat(decision.granted()).isFalse();
            assertThat(decision.reason()).isEqualTo(Reason.READ_ONLY);
        }

        @Test
        void callerWithoutRoles_readsEvenTheirOwnPosition_isDenied() {
            CallerIdentity noRoles = caller("datore", "RSSMRA75C12H501H");
            PositionRelations relations = aPosition().withLegalRepresentative("RSSMRA75C12H501H").build();
            AccessDecision decision = AccessRules.decide(noRoles, relations, TODAY, Action.READ);
            assertThat(decision.granted()).isFalse();
            assertThat(decision.actingRole()).isNull();
        }

        @Test
        void callerWithTwoRoles_isGrantedByTheRoleThatHasTheRelation() {
            CallerIdentity both = caller("supervisore", "CLMMRC70P30D612A", Role.OPERATOR, Role.SUPERVISOR);
            AccessDecision read = AccessRules.decide(both, aPosition().build(), TODAY, Action.READ);
            assertThat(read.granted()).isTrue();
            assertThat(read.actingRole()).isEqualTo(Role.SUPERVISOR);
            AccessDecision send = AccessRules.decide(both, aPosition().inTheCallersOffice().build(), TODAY,
                    Action.SEND);
            assertThat(send.granted()).isTrue();
            assertThat(send.actingRole()).isEqualTo(Role.OPERATOR);
        }
    }
}
