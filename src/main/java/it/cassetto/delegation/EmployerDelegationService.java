package it.cassetto.delegation;

import it.cassetto.delegation.internal.DelegationEvents;
import it.cassetto.delegation.internal.DelegationEvents.Event;
import it.cassetto.delegation.internal.DelegationMessages;
import it.cassetto.delegation.internal.DelegationRules;
import it.cassetto.delegation.internal.DelegationStore;
import it.cassetto.delegation.internal.DelegationStore.DelegationRow;
import it.cassetto.notification.NotificationOutbox;
import it.cassetto.shared.security.AccessDeniedException;
import it.cassetto.shared.security.CallerIdentity;
import it.cassetto.shared.security.CurrentUser;
import it.cassetto.shared.security.DelegationScope;
import it.cassetto.shared.security.PositionAccessGuard;
import it.cassetto.shared.security.Role;
import it.cassetto.shared.security.SecuredService;
import it.cassetto.shared.value.CodiceFiscale;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The employer's (legal representative's) side of delegations: who holds delegations on its positions and
 * since when, revoking one (the intermediary is notified), and delegating its own employees on all positions
 * of a contributor it represents. The caller is matched to contributors by fiscal code.
 */
@ApplicationScoped
@SecuredService
@RolesAllowed(Role.Names.EMPLOYER)
@Transactional
public class EmployerDelegationService {

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

    /** The delegations held or requested on the caller's positions (at most {@link DelegationStore#MAX_ROWS}). */
    public List<EmployerDelegationRow> delegationsOnMyPositions() {
        return store.delegationsOnPositionsRepresentedBy(myFiscalCode(), guard.today(), clock.instant());
    }

    /** Revokes a delegation on one of the caller's positions; its sub-delegations end and the firm is told. */
    public void revoke(@Positive long delegationId) {
        CallerIdentity me = currentUser.require();
        String representative = store.legalRepresentativeOfDelegation(delegationId)
                .orElseThrow(() -> new AccessDeniedException("no delegation " + delegationId));
        if (!representative.equals(myFiscalCode())) {
            throw new AccessDeniedException(me.username() + " does not represent the position of delegation "
                    + delegationId);
        }
        DelegationRow row = store.lockDelegation(delegationId).orElseThrow();
        if (!"REQUESTED".equals(row.status()) && !"ACTIVE".equals(row.status())) {
            throw new DelegationRefusedException("delegation.error.not-revocable");
        }
        Instant now = clock.instant();
        int ended = store.revoke(row.id(), me.username(), now);
        events.record(now, me.username(), Event.REVOKED_BY_EMPLOYER, row.positionId(), row.id(), null, null,
                "sub-delegations ended: " + ended);
        store.firm(row.firmId()).filter(f -> f.email() != null && !f.email().isBlank()).ifPresent(firm ->
                outbox.enqueue(messages.revokedByEmployerMail(row.id(), firm,
                        store.position(row.positionId()).orElseThrow())));
    }

    /** The contributors the caller represents. */
    public List<RepresentedContributor> myContributors() {
        return store.contributorsRepresentedBy(myFiscalCode());
    }

    /** The caller's employees delegated on the contributors it represents. */
    public List<EmployeeDelegationRow> myEmployeeDelegations() {
        return store.employeeDelegationsOf(myFiscalCode(), guard.today(), clock.instant());
    }

    /**
     * Delegates an employee (a portal user with the entity-employee role, named by username and fiscal code)
     * on every position of a contributor the caller represents; returns the delegation's id.
     */
    public long delegateEmployee(@Positive long contributorId, @NotNull String employeeUsername,
                                 @NotNull String employeeFiscalCode, @NotNull DelegationScope scope,
                                 @NotNull LocalDate validFrom, @NotNull LocalDate validTo) {
        CallerIdentity me = currentUser.require();
        if (myContributors().stream().noneMatch(c -> c.id() == contributorId)) {
            throw new AccessDeniedException(me.username() + " does not represent contributor " + contributorId);
        }
        String username = employeeUsername.trim();
        if (username.isEmpty() || username.length() > 255) {
            throw new DelegationRefusedException("delegation.error.employee-username");
        }
        String fiscalCode = employeeFiscalCode.trim().toUpperCase(Locale.ROOT);
        if (!CodiceFiscale.isValid(fiscalCode) || fiscalCode.length() != 16) {
            throw new DelegationRefusedException("delegation.error.employee-fiscal-code");
        }
        if (fiscalCode.equals(me.fiscalCode())) {
            throw new DelegationRefusedException("delegation.error.employee-is-you");
        }
        LocalDate today = guard.today();
        DelegationRules.checkValidity(validFrom, validTo, today);
        if (store.employeeAlreadyDelegated(contributorId, username, today)) {
            throw new DelegationRefusedException("delegation.error.employee-already");
        }
        Instant now = clock.instant();
        long id = store.insertEmployeeDelegation(contributorId, username, fiscalCode, scope, validFrom, validTo, now);
        events.record(now, me.username(), Event.EMPLOYEE_DELEGATED, null, null, null, id,
                "contributor " + contributorId + ": " + username + " " + scope + " " + validFrom + ".." + validTo);
        return id;
    }

    /** Ends an employee's delegation on a contributor the caller represents. */
    public void revokeEmployeeDelegation(@Positive long employeeDelegationId) {
        CallerIdentity me = currentUser.require();
        String representative = store.legalRepresentativeOfEmployeeDelegation(employeeDelegationId)
                .orElseThrow(() -> new AccessDeniedException("no employee delegation " + employeeDelegationId));
        if (!representative.equals(myFiscalCode())) {
            throw new AccessDeniedException(me.username() + " may not revoke employee delegation "
                    + employeeDelegationId);
        }
        Instant now = clock.instant();
        if (!store.revokeEmployeeDelegation(employeeDelegationId, me.username(), now)) {
            throw new DelegationRefusedException("delegation.error.not-revocable");
        }
        events.record(now, me.username(), Event.EMPLOYEE_REVOKED, null, null, null, employeeDelegationId, null);
    }

    private String myFiscalCode() {
        CallerIdentity me = currentUser.require();
        if (me.fiscalCode() == null) {
            throw new AccessDeniedException(me.username() + " has no fiscal code");
        }
        return me.fiscalCode();
    }
}
