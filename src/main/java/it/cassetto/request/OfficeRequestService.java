package it.cassetto.request;

import it.cassetto.calendar.WorkingDayCalendar;
import it.cassetto.delegation.DelegationService;
import it.cassetto.delegation.PositionReach;
import it.cassetto.request.RequestStateMachine.State;
import it.cassetto.request.internal.ListRows;
import it.cassetto.request.internal.RequestQueryBuilder;
import it.cassetto.request.internal.RequestStore;
import it.cassetto.request.internal.RequestStore.RequestRow;
import it.cassetto.request.internal.RequestSupport;
import it.cassetto.shared.query.Page;
import it.cassetto.shared.query.PageRequest;
import it.cassetto.shared.security.AccessDecision;
import it.cassetto.shared.security.AccessDeniedException;
import it.cassetto.shared.security.Action;
import it.cassetto.shared.security.CallerIdentity;
import it.cassetto.shared.security.CurrentUser;
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
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The office's side (back office): the queue of the requests routed to the operator's offices (by the
 * position's competent office), overdue first, with age in working days; taking a request in charge,
 * commenting (visible to the user), asking for documents and closing it with an outcome, every change
 * stamped with who and when and notified to the user. An operator of another office is refused by the
 * position access guard (competent office only); supervisors read the figures of every office.
 */
@ApplicationScoped
@SecuredService
@Transactional
@RolesAllowed(Role.Names.OPERATOR)
public class OfficeRequestService {

    @Inject
    PositionAccessGuard guard;

    @Inject
    CurrentUser currentUser;

    @Inject
    DelegationService delegations;

    @Inject
    RequestStore store;

    @Inject
    RequestSupport support;

    @Inject
    WorkingDayCalendar calendar;

    Clock clock = Clock.systemUTC();

    /** The queue of the caller's offices (or one of them, filter.officeId()), overdue first, one page. */
    public Page<RequestListItem> queue(@NotNull RequestFilter filter, @NotNull @Valid PageRequest page) {
        PositionReach reach = delegations.reachOfCurrentCaller();
        List<Long> offices = reach.officeIds().stream()
                .filter(o -> filter.officeId() == null || o.equals(filter.officeId())).toList();
        if (filter.positionId() != null) {
            guard.check(filter.positionId(), RequestService.SECTION, Action.READ);
        }
        LocalDate today = calendar.today();
        RequestQueryBuilder query = new RequestQueryBuilder(
                new RequestQueryBuilder.Reach(false, offices, null, List.of(), List.of()), filter, true, today);
        List<RequestListItem> items = store.list(query.page(page.offset(), page.size()),
                ListRows.mapper(calendar, today));
        long total = page.page() == 0 && items.size() < page.size() ? items.size() : store.count(query.cappedCount());
        return new Page<>(items, Math.min(total, Page.COUNT_CAP), total > Page.COUNT_CAP);
    }

    /** Takes an open request in charge: status "in carico", handled by the caller. */
    public void takeInCharge(@Positive long requestId) {
        RequestRow row = handled(requestId);
        State next = RequestSupport.state(row).takenInCharge();
        change(row, next, RequestEventKind.TAKEN_IN_CHARGE, null, null, true);
    }

    /** A comment for the user, on a request not closed. */
    public void comment(@Positive long requestId, @NotNull @Size(min = 1, max = NewRequest.MAX_TEXT) String text) {
        RequestRow row = handled(requestId);
        State next = RequestSupport.state(row).commented();
        change(row, next, RequestEventKind.COMMENT, requireText(text), null, false);
    }

    /** Asks the user for documents or explanations (the request must be in charge). */
    public void askDocuments(@Positive long requestId,
                             @NotNull @Size(min = 1, max = NewRequest.MAX_TEXT) String text) {
        RequestRow row = handled(requestId);
        State next = RequestSupport.state(row).documentsAsked();
        change(row, next, RequestEventKind.DOCUMENTS_ASKED, requireText(text), null, false);
    }

    /** Closes a request in charge with its outcome (accolta / non accolta) and a comment for the user. */
    public void close(@Positive long requestId, @NotNull Outcome outcome,
                      @NotNull @Size(min = 1, max = NewRequest.MAX_TEXT) String comment) {
        RequestRow row = handled(requestId);
        State next = RequestSupport.state(row).closed(outcome);
        change(row, next, RequestEventKind.CLOSED, requireText(comment), outcome, false);
    }

    /** Open, overdue and closed requests per office and subject class (supervisors: every office). */
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.SUPERVISOR})
    public List<OfficeFigures> figures() {
        CallerIdentity caller = currentUser.require();
        List<Long> offices = caller.hasRole(Role.SUPERVISOR) ? null
                : List.copyOf(delegations.reachOfCurrentCaller().officeIds());
        return store.figures(calendar.today()).stream()
                .filter(r -> offices == null || offices.contains((Long) r[0]))
                .map(r -> new OfficeFigures((Long) r[0], (String) r[1], (String) r[2], (Long) r[3], (Long) r[4],
                        (Long) r[5]))
                .toList();
    }

    private void change(RequestRow row, State next, RequestEventKind kind, String text, Outcome outcome,
                        boolean takeOwnership) {
        CallerIdentity caller = currentUser.require();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long eventId = store.insertEvent(row.id(), now, kind, caller.username(), caller.displayName(), true,
                next.status(), outcome, text);
        store.update(row.id(), next.status(), next.awaitingUser(), outcome, false, now, calendar.dayOf(now),
                takeOwnership ? caller.username() : null, takeOwnership ? caller.displayName() : null);
        support.notifyUser(row.id(), eventId, kind, text);
    }

    /** Locks a request the caller's office is competent for; refuses others (audited by the guard). */
    private RequestRow handled(long requestId) {
        RequestRow unlocked = store.request(requestId, false)
                .orElseThrow(() -> new AccessDeniedException("No request " + requestId));
        AccessDecision decision = guard.check(unlocked.positionId(), RequestService.SECTION, Action.SEND);
        if (decision.actingRole() != Role.OPERATOR) {
            throw new AccessDeniedException("Only the competent office handles request " + requestId);
        }
        return store.lock(requestId).orElseThrow();
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new RequestRuleException("request.error.textRequired");
        }
        return text.strip();
    }
}
