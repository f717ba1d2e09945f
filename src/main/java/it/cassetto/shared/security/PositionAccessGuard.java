package it.cassetto.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The single gate every use case passes before touching a position: loads the caller's relations to
 * the position, applies {@link AccessRules}, audits the decision and throws {@link AccessDeniedException}
 * when access is denied. Days are counted in Italian time.
 */
@ApplicationScoped
public class PositionAccessGuard {

    static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    @Inject
    CurrentUser currentUser;

    @Inject
    PositionRelationsProvider relationsProvider;

    @Inject
    AccessAuditTrail auditTrail;

    Clock clock = Clock.systemUTC();

    /** Checks that the current caller may perform the action on the position's section; audits either way. */
    public AccessDecision check(long positionId, String section, Action action) {
        CallerIdentity caller = currentUser.require();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ITALY);
        AccessDecision decision = AccessRules.decide(caller, relationsProvider.load(caller, positionId, today), today,
                action);
        auditTrail.record(now, caller, positionId, section, action, decision);
        if (!decision.granted()) {
            throw new AccessDeniedException(caller.username() + " may not " + action + " position " + positionId
                    + " (" + section + "): " + decision.reason());
        }
        return decision;
    }

    /** Today in Italian time, as the rules count delegation validity. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ITALY);
    }
}
