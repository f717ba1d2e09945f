package it.cassetto.delegation;

import it.cassetto.delegation.internal.DelegationEvents;
import it.cassetto.delegation.internal.DelegationEvents.Event;
import it.cassetto.delegation.internal.DelegationMessages;
import it.cassetto.delegation.internal.DelegationRules;
import it.cassetto.delegation.internal.DelegationStore;
import it.cassetto.delegation.internal.DelegationStore.DelegationRow;
import it.cassetto.delegation.internal.DelegationStore.Firm;
import it.cassetto.delegation.internal.DelegationStore.PositionFacts;
import it.cassetto.delegation.internal.OneTimeCode;
import it.cassetto.notification.NotificationOutbox;
import it.cassetto.shared.security.AccessDeniedException;
import it.cassetto.shared.security.CallerIdentity;
import it.cassetto.shared.security.CurrentUser;
import it.cassetto.shared.security.DelegationScope;
import it.cassetto.shared.security.PositionAccessGuard;
import it.cassetto.shared.security.Role;
import it.cassetto.shared.security.SecuredService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * "Gestione deleghe" for an intermediary (circolare 34/2023, 2 b): find a position, ask for a delegation
 * (a one-time code goes to the entity's PEC), print the form to be signed, activate it with the code and the
 * declaration, renew it before it ends, revoke it, and sub-delegate it to the firm's staff. Only the owner of
 * an intermediary firm acts here, and only on the firm's own delegations; every step is recorded in
 * {@code delegation_event}. What a delegation then allows is the {@link PositionAccessGuard}'s to decide.
 */
@ApplicationScoped
@SecuredService
@RolesAllowed(Role.Names.INTERMEDIARY)
@Transactional
public class IntermediaryDelegationService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CurrentUser currentUser;

    @Inject
    PositionAccessGuard guard;

    @Inject
    DelegationStore store;

    @Inject
    DelegationEvents events;

    @Inject
    DelegationMessages messages;

    @Inject
    NotificationOutbox outbox;

    Clock clock = Clock.systemUTC();

    /**
     * The positions whose holder has this fiscal code, or whose matricola this is: only what identifies them,
     * so that the intermediary can pick the one named in the signed delegation.
     */
    public List<DelegationCandidate> findPositions(@NotNull String fiscalCodeOrMatricola) {
        String key = fiscalCodeOrMatricola.trim().toUpperCase(Locale.ROOT);
        if (!key.matches("[A-Z0-9]{10,16}")) {
            throw new DelegationRefusedException("delegation.error.search-key");
        }
        Firm firm = myFirm();
        return store.candidates(key, firm.id(), guard.today(), clock.instant());
    }

    /** Records a delegation request and sends its one-time code to the entity's PEC address. */
    public RequestedDelegation request(@NotNull @Valid NewDelegation delegation) {
        CallerIdentity me = currentUser.require();
        Firm firm = myFirm();
        Instant now = clock.instant();
        LocalDate today = guard.today();
        PositionFacts position = store.position(delegation.positionId())
                .orElseThrow(() -> new DelegationRefusedException("delegation.error.position-not-found"));
        if (position.pec() == null || position.pec().isBlank()) {
            throw new DelegationRefusedException("delegation.error.no-pec");
        }
        DelegationRules.checkValidity(delegation.validFrom(), delegation.validTo(), today);
        if (store.firmHoldsOrAwaits(firm.id(), position.positionId(), today, now)) {
            throw new DelegationRefusedException("delegation.error.already-held");
        }
        return sendRequest(me, firm, position, delegation.scope(), delegation.validFrom(), delegation.validTo(),
                null, now);
    }

    /**
     * Activates a requested delegation with the code the entity received, the intermediary declaring under its
     * own responsibility that the entity signed it. A wrong code is counted (and committed); the fifth locks
     * the request.
     */
    public ActivationResult activate(@Positive long delegationId, @NotNull String code, boolean declaredSigned) {
        if (!declaredSigned) {
            throw new DelegationRefusedException("delegation.error.declaration-required");
        }
        CallerIdentity me = currentUser.require();
        DelegationRow row = ownDelegation(delegationId, me);
        Instant now = clock.instant();
        if ("LOCKED".equals(row.status())) {
            return new ActivationResult(ActivationResult.Outcome.LOCKED, 0);
        }
        if (!"REQUESTED".equals(row.status()) || row.codeHash() == null) {
            return new ActivationResult(ActivationResult.Outcome.NOT_PENDING, 0);
        }
        OneTimeCode.State state = new OneTimeCode.State(row.codeHash(), row.codeExpiresAt(), row.codeFailedTries(),
                row.codeUsedAt());
        return switch (OneTimeCode.check(code, state, now)) {
            case ACCEPTED -> {
                store.activate(row.id(), now);
                events.record(now, me.username(), Event.ACTIVATED, row.positionId(), row.id(), null, null,
                        "declared signed by the delegating party");
                yield new ActivationResult(ActivationResult.Outcome.ACTIVATED, 0);
            }
            case WRONG -> {
                store.recordFailedTry(row.id(), false);
                events.record(now, me.username(), Event.CODE_FAILED, row.positionId(), row.id(), null, null,
                        "try " + (row.codeFailedTries() + 1) + " of " + OneTimeCode.MAX_FAILED_TRIES);
                yield new ActivationResult(ActivationResult.Outcome.WRONG_CODE, state.triesLeft() - 1);
            }
            case WRONG_AND_LOCKED, LOCKED -> {
                store.recordFailedTry(row.id(), true);
                events.record(now, me.username(), Event.CODE_FAILED, row.positionId(), row.id(), null, null,
                        "try " + (row.codeFailedTries() + 1) + " of " + OneTimeCode.MAX_FAILED_TRIES);
                events.record(now, me.username(), Event.LOCKED, row.positionId(), row.id(), null, null,
                        "too many wrong codes");
                yield new ActivationResult(ActivationResult.Outcome.LOCKED, 0);
            }
            case EXPIRED -> new ActivationResult(ActivationResult.Outcome.EXPIRED, 0);
            case USED -> new ActivationResult(ActivationResult.Outcome.NOT_PENDING, 0);
        };
    }

    /**
     * Asks for the renewal of an active delegation that ends within {@link DelegationRules#RENEWAL_WINDOW}: a
     * new request, with a new code to the entity's PEC, starting the day after the current one ends and lasting
     * as long.
     */
    public RequestedDelegation renew(@Positive long delegationId) {
        CallerIdentity me = currentUser.require();
        DelegationRow row = ownDelegation(delegationId, me);
        Instant now = clock.instant();
        LocalDate today = guard.today();
        DelegationState state = DelegationRules.stateOf(row.status(), row.validTo(), row.codeExpiresAt(), today, now);
        if (!DelegationRules.renewable(state, row.validTo(), today, store.renewalPending(row.id(), now))) {
            throw new DelegationRefusedException("delegation.error.not-renewable");
        }
        PositionFacts position = store.position(row.positionId()).orElseThrow();
        if (position.pec() == null || position.pec().isBlank()) {
            throw new DelegationRefusedException("delegation.error.no-pec");
        }
        LocalDate from = row.validTo().plusDays(1);
        long days = Math.max(1, ChronoUnit.DAYS.between(row.validFrom(), row.validTo()));
        LocalDate to = from.plusDays(days);
        if (to.isAfter(from.plus(DelegationRules.MAX_VALIDITY))) {
            to = from.plus(DelegationRules.MAX_VALIDITY);
        }
        Firm firm = myFirm();
        return sendRequest(me, firm, position, row.scope(), from, to, row.id(), now);
    }

    /** Revokes (or withdraws, while requested) one of the firm's delegations; its sub-delegations end too. */
    public void revoke(@Positive long delegationId) {
        CallerIdentity me = currentUser.require();
        DelegationRow row = ownDelegation(delegationId, me);
        if (!"REQUESTED".equals(row.status()) && !"ACTIVE".equals(row.status())) {
            throw new DelegationRefusedException("delegation.error.not-revocable");
        }
        Instant now = clock.instant();
        int ended = store.revoke(row.id(), me.username(), now);
        events.record(now, me.username(), Event.REVOKED, row.positionId(), row.id(), null, null,
                "by the intermediary; sub-delegations ended: " + ended);
    }

    /** The firm's delegations, requests first (at most {@link DelegationStore#MAX_ROWS}). */
    public List<IntermediaryDelegation> myDelegations() {
        return store.delegationsOfFirm(myFirm().id(), guard.today(), clock.instant());
    }

    /** The delegation form to print and have signed, as a PDF. */
    public byte[] delegationForm(@Positive long delegationId) {
        CallerIdentity me = currentUser.require();
        DelegationRow row = ownDelegation(delegationId, me);
        Firm firm = store.firm(row.firmId()).orElseThrow();
        PositionFacts position = store.position(row.positionId()).orElseThrow();
        IntermediaryDelegation listed = store.delegationsOfFirm(firm.id(), guard.today(), clock.instant()).stream()
                .filter(d -> d.id() == row.id()).findFirst().orElseThrow();
        return messages.delegationForm(row, listed.requestedAt(), position, firm, me);
    }

    /** The members of the firm's staff, who may receive sub-delegations. */
    public List<StaffMember> myStaff() {
        return store.staffOf(myFirm().id());
    }

    /** The sub-delegations of the firm's delegations. */
    public List<SubDelegationRow> mySubDelegations() {
        return store.subDelegationsOfFirm(myFirm().id(), guard.today(), clock.instant());
    }

    /**
     * Sub-delegates an active delegation to a member of the firm's staff, never wider than the delegation in
     * scope or in time; returns the sub-delegation's id.
     */
    public long subDelegate(@Positive long delegationId, @NotNull String staffUsername, @NotNull DelegationScope scope,
                            @NotNull LocalDate validTo) {
        CallerIdentity me = currentUser.require();
        DelegationRow row = ownDelegation(delegationId, me);
        Instant now = clock.instant();
        LocalDate today = guard.today();
        DelegationState state = DelegationRules.stateOf(row.status(), row.validTo(), row.codeExpiresAt(), today, now);
        if (state != DelegationState.ACTIVE || row.validFrom().isAfter(today)) {
            throw new DelegationRefusedException("delegation.error.not-active");
        }
        StaffMember staff = store.staffOf(row.firmId()).stream()
                .filter(s -> s.username().equals(staffUsername)).findFirst()
                .orElseThrow(() -> new DelegationRefusedException("delegation.error.not-staff"));
        DelegationRules.checkNarrower(row.scope(), row.validTo(), scope, validTo, today);
        if (store.staffHasActiveSubDelegation(row.id(), staff.username(), today)) {
            throw new DelegationRefusedException("delegation.error.already-sub-delegated");
        }
        long id = store.insertSubDelegation(row.id(), staff, scope, today, validTo, now);
        events.record(now, me.username(), Event.SUB_DELEGATED, row.positionId(), row.id(), id, null,
                staff.username() + " " + scope + " until " + validTo);
        return id;
    }

    /** Ends a sub-delegation of one of the firm's delegations. */
    public void revokeSubDelegation(@Positive long subDelegationId) {
        CallerIdentity me = currentUser.require();
        long[] owner = store.lockSubDelegation(subDelegationId)
                .orElseThrow(() -> new AccessDeniedException("no sub-delegation " + subDelegationId));
        if (owner[0] != myFirm().id()) {
            throw new AccessDeniedException(me.username() + " may not revoke sub-delegation " + subDelegationId);
        }
        Instant now = clock.instant();
        if (!store.revokeSubDelegation(subDelegationId, me.username(), now)) {
            throw new DelegationRefusedException("delegation.error.not-revocable");
        }
        events.record(now, me.username(), Event.SUB_REVOKED, owner[1], owner[2], subDelegationId, null, null);
    }

    private RequestedDelegation sendRequest(CallerIdentity me, Firm firm, PositionFacts position,
                                            DelegationScope scope, LocalDate from, LocalDate to, Long renewalOf,
                                            Instant now) {
        String code = OneTimeCode.generate(RANDOM);
        Instant expires = now.plus(OneTimeCode.VALIDITY);
        long id = store.insertRequested(position.positionId(), firm, me.username(), me.fiscalCode(), scope, from, to,
                now, OneTimeCode.hash(code, RANDOM), expires, position.pec(), renewalOf);
        events.record(now, me.username(), renewalOf == null ? Event.REQUESTED : Event.RENEWAL_REQUESTED,
                position.positionId(), id, null, null, scope + " " + from + ".." + to
                        + (renewalOf == null ? "" : " renews " + renewalOf));
        outbox.enqueue(messages.codeMail(id, code, expires, position, firm, me, scope, from, to));
        events.record(now, me.username(), Event.CODE_SENT, position.positionId(), id, null, null,
                "PEC " + position.pec());
        return new RequestedDelegation(id, DelegationMessages.mask(position.pec()), expires);
    }

    private DelegationRow ownDelegation(long delegationId, CallerIdentity me) {
        DelegationRow row = store.lockDelegation(delegationId)
                .orElseThrow(() -> new AccessDeniedException("no delegation " + delegationId));
        if (row.firmId() != myFirm().id()) {
            throw new AccessDeniedException(me.username() + " may not act on delegation " + delegationId);
        }
        return row;
    }

    private Firm myFirm() {
        CallerIdentity me = currentUser.require();
        if (me.fiscalCode() == null) {
            throw new AccessDeniedException(me.username() + " has no fiscal code");
        }
        return store.firmOwnedBy(me.username(), me.fiscalCode())
                .orElseThrow(() -> new AccessDeniedException(me.username() + " owns no intermediary firm"));
    }
}
