package it.cassetto.appointment;

import it.cassetto.appointment.internal.AppointmentNotices;
import it.cassetto.appointment.internal.AppointmentSettings;
import it.cassetto.appointment.internal.AppointmentStore;
import it.cassetto.appointment.internal.AppointmentStore.Row;
import it.cassetto.appointment.internal.Bookings;
import it.cassetto.appointment.internal.EligibilityRule;
import it.cassetto.appointment.internal.SlotGenerator;
import it.cassetto.calendar.WorkingDayCalendar;
import it.cassetto.request.RequestDeadline;
import it.cassetto.request.RequestDetail;
import it.cassetto.request.RequestService;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The user's side of the Agenda appuntamenti (circolare 34/2023, 3.1; protocollo Ferrara, allegato 1, 3.1):
 * whether a request may lead to an appointment, the free slots of an office within the horizon, holding a
 * place while the user confirms, confirming (notified by e-mail with an ICS file, and SMS with consent),
 * cancelling up to the office's notice, and "Gestione appuntamenti". Only whoever may send on the request's
 * position books (the position access guard, SEND), once per request; no slot is ever booked beyond its
 * capacity (a locked slot row and a conditional update, see docs/decisions/DD008). Also the appointments of a
 * position for the dossier print.
 */
@ApplicationScoped
@SecuredService
@Transactional
@RolesAllowed({Role.Names.EMPLOYER, Role.Names.ENTITY_EMPLOYEE, Role.Names.INTERMEDIARY,
        Role.Names.INTERMEDIARY_STAFF})
public class AppointmentService {

    /** Section code of the appointments in the access audit. */
    public static final String SECTION = "appointments";
    /** At most this many appointments in a list. */
    public static final int LIST_CAP = 200;
    /** At most this many appointments of a position for the dossier. */
    public static final int DOSSIER_CAP = 50;
    /** Longest notes. */
    public static final int MAX_NOTES = 2000;

    static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    @Inject
    PositionAccessGuard guard;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestService requests;

    @Inject
    AppointmentStore store;

    @Inject
    Bookings bookings;

    @Inject
    AppointmentSettings settings;

    @Inject
    WorkingDayCalendar calendar;

    Clock clock = Clock.systemUTC();

    /** Whether the caller may book an appointment from the request today, or from when, or why not. */
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.ENTITY_EMPLOYEE, Role.Names.INTERMEDIARY,
            Role.Names.INTERMEDIARY_STAFF, Role.Names.OPERATOR, Role.Names.SUPERVISOR})
    public BookingEligibility eligibility(@Positive long requestId) {
        RequestDeadline deadline = requests.deadline(requestId);
        return eligibility(deadline, requests.detail(requestId));
    }

    /** The booking page's facts: request, topic, eligibility, offices (competent first), the request's phone. */
    public BookingContext bookingContext(@Positive long requestId) {
        RequestDeadline deadline = requests.deadline(requestId);
        RequestDetail detail = requests.detail(requestId);
        long competent = detail.summary().officeId();
        List<OfficeOption> offices = new ArrayList<>(store.offices());
        offices.sort((a, b) -> Boolean.compare(b.id() == competent, a.id() == competent));
        return new BookingContext(requestId, detail.summary().protocol(), detail.summary().subjectLabel(),
                detail.summary().positionIdentifier(), detail.summary().holderName(), eligibility(deadline, detail),
                competent, offices, detail.mobilePhone() != null ? detail.mobilePhone() : detail.landline());
    }

    /** The free slots of an office within the horizon (tomorrow to today + 10 days), for a bookable request. */
    public Availability availability(@Positive long requestId, @Positive long officeId) {
        bookable(requestId);
        return bookings.availability(office(officeId), firstDay(), lastDay(), nowInItaly());
    }

    /**
     * Holds a place in a free slot of the office within the horizon for the request, for
     * cassetto.appointments.hold-minutes while the caller confirms. Refuses a request that does not qualify;
     * throws {@link SlotTakenException}, with fresh availability, when the last place went a moment ago.
     */
    public HeldSlot hold(@Positive long requestId, @Positive long officeId, @NotNull LocalDateTime start,
                         @Size(max = 20) @Pattern(regexp = "[+0-9 ./-]*") String phone,
                         @Size(max = MAX_NOTES) String notes) {
        Target target = bookable(requestId);
        OfficeCalendar office = office(officeId);
        LocalDateTime notBefore = nowInItaly();
        SlotGenerator.Slot slot = bookings.offered(office, firstDay(), lastDay(), notBefore, start);
        if (slot == null) {
            throw new AppointmentRuleException("appointment.error.slotNotOffered");
        }
        Instant now = now();
        AppointmentStore.SlotRow row = bookings.takePlace(office, slot, now, firstDay(), lastDay(), notBefore);
        CallerIdentity caller = currentUser.require();
        Instant expires = now.plus(Duration.ofMinutes(settings.holdMinutes()));
        OptionalLong id = bookings.insert(newRow(row.id(), office, slot, target, AppointmentStatus.HOLD, false, phone,
                notes, caller.username(), caller, now, expires));
        if (id.isEmpty()) {
            throw new AppointmentRuleException(BookingEligibility.Reason.ALREADY_BOOKED.labelKey(), "");
        }
        return new HeldSlot(id.getAsLong(), new FreeSlot(officeId, slot.start(), slot.end(), 0), expires);
    }

    /** Confirms the caller's hold: the appointment is booked (prenotato) and the user notified with an ICS file. */
    public Appointment confirm(@Positive long appointmentId) {
        Row row = own(appointmentId);
        guard.check(row.positionId(), SECTION, Action.SEND);
        Instant now = now();
        if (!store.book(appointmentId, currentUser.require().username(), now)) {
            throw new AppointmentRuleException("appointment.error.holdExpired");
        }
        bookings.notify(appointmentId, AppointmentNotices.Event.BOOKED, now);
        return view(store.appointment(appointmentId).orElseThrow());
    }

    /** Gives back a place the caller held and did not confirm. */
    public void release(@Positive long appointmentId) {
        Row row = own(appointmentId);
        bookings.end(row, List.of(AppointmentStatus.HOLD), AppointmentStatus.EXPIRED, now(), null, null);
    }

    /** Cancels the caller's booked or confirmed appointment, at least the office's notice before it starts. */
    public void cancel(@Positive long appointmentId) {
        Row row = own(appointmentId);
        guard.check(row.positionId(), SECTION, Action.SEND);
        if (!row.status().isExpected()) {
            throw new AppointmentRuleException("appointment.error.notCancellable");
        }
        LocalDateTime limit = cancelLimit(row);
        if (nowInItaly().isAfter(limit)) {
            throw new AppointmentRuleException("appointment.error.tooLateToCancel",
                    limit.toLocalDate().toString(), limit.toLocalTime().toString());
        }
        Instant now = now();
        if (!bookings.end(row, List.of(AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED),
                AppointmentStatus.CANCELLED, now, currentUser.require().displayName(), null)) {
            throw new AppointmentRuleException("appointment.error.notCancellable");
        }
        bookings.notify(appointmentId, AppointmentNotices.Event.CANCELLED_BY_USER, now);
    }

    /** "Gestione appuntamenti": the caller's appointments, newest first, at most {@value #LIST_CAP}. */
    public List<Appointment> mine() {
        return store.ofOwner(currentUser.require().username(), LIST_CAP).stream().map(this::view).toList();
    }

    /** The appointments made on a request, for whoever may read it (its detail page), at most 20. */
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.ENTITY_EMPLOYEE, Role.Names.INTERMEDIARY,
            Role.Names.INTERMEDIARY_STAFF, Role.Names.OPERATOR, Role.Names.SUPERVISOR})
    public List<Appointment> ofRequest(@Positive long requestId) {
        RequestDeadline deadline = requests.deadline(requestId);
        guard.check(deadline.positionId(), SECTION, Action.READ);
        String me = currentUser.require().username();
        return store.ofRequest(requestId, 20).stream()
                .map(r -> Bookings.view(r, r.ownerUsername().equals(me) && mayStillCancel(r))).toList();
    }

    /**
     * The appointments of a position (not holds), newest first, at most {@value #DOSSIER_CAP}: for the dossier
     * print; asks the guard for READ first.
     */
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.ENTITY_EMPLOYEE, Role.Names.INTERMEDIARY,
            Role.Names.INTERMEDIARY_STAFF, Role.Names.OPERATOR, Role.Names.SUPERVISOR})
    public List<Appointment> ofPosition(@Positive long positionId) {
        guard.check(positionId, SECTION, Action.READ);
        return store.ofPosition(positionId, DOSSIER_CAP).stream().map(r -> Bookings.view(r, false)).toList();
    }

    // ---- rules ----------------------------------------------------------------------------------------

    /** The request's facts copied into its appointment. */
    record Target(RequestDeadline deadline, RequestDetail detail) {
    }

    private BookingEligibility eligibility(RequestDeadline deadline, RequestDetail detail) {
        boolean maySend;
        try {
            AccessDecision decision = guard.check(deadline.positionId(), SECTION, Action.SEND);
            maySend = decision.actingRole() != Role.OPERATOR && decision.actingRole() != Role.SUPERVISOR;
        } catch (AccessDeniedException denied) {
            maySend = false;
        }
        int openDays = store.openDays(deadline.subjectCode()).orElse(settings.openDays());
        return EligibilityRule.decide(deadline, detail.summary().awaitingUser(), openDays, maySend,
                store.statusesOfRequest(deadline.requestId()), calendar.today());
    }

    private Target bookable(long requestId) {
        RequestDeadline deadline = requests.deadline(requestId);
        RequestDetail detail = requests.detail(requestId);
        BookingEligibility eligibility = eligibility(deadline, detail);
        if (!eligibility.bookable()) {
            if (eligibility.reason() == BookingEligibility.Reason.NOT_ALLOWED) {
                throw new AccessDeniedException(currentUser.require().username() + " may not book on request "
                        + requestId);
            }
            throw new AppointmentRuleException(eligibility.reason().labelKey(),
                    eligibility.bookableFrom() == null ? "" : eligibility.bookableFrom().toString());
        }
        return new Target(deadline, detail);
    }

    static AppointmentStore.NewRow newRow(long slotId, OfficeCalendar office, SlotGenerator.Slot slot, Target target,
                                          AppointmentStatus status, boolean urgent, String phone, String notes,
                                          String owner, CallerIdentity by, Instant now, Instant holdExpires) {
        RequestDetail d = target.detail();
        var s = d.summary();
        return new AppointmentStore.NewRow(slotId, office.officeId(), slot.start(), slot.end(), s.id(), s.positionId(),
                s.protocol(), s.subjectCode(), s.subjectLabel(), s.positionIdentifier(), s.holderName(), status, urgent,
                blankToNull(phone), blankToNull(notes), d.email(), d.consentSms() ? d.mobilePhone() : null, owner,
                by.username(), by.displayName(), now, holdExpires);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Row own(long appointmentId) {
        Row row = store.appointment(appointmentId)
                .orElseThrow(() -> new AccessDeniedException("No appointment " + appointmentId));
        if (!row.ownerUsername().equals(currentUser.require().username())) {
            throw new AccessDeniedException("Appointment " + appointmentId + " is not the caller's");
        }
        return row;
    }

    private OfficeCalendar office(long officeId) {
        return store.calendar(officeId).orElseThrow(() -> new AppointmentRuleException("appointment.error.noOffice"));
    }

    private LocalDateTime cancelLimit(Row row) {
        int notice = store.calendar(row.officeId()).map(OfficeCalendar::cancelNoticeHours).orElse(24);
        return row.start().minusHours(notice);
    }

    private boolean mayStillCancel(Row row) {
        return row.status().isExpected() && !nowInItaly().isAfter(cancelLimit(row));
    }

    private Appointment view(Row row) {
        return Bookings.view(row, mayStillCancel(row));
    }

    private LocalDate firstDay() {
        return calendar.today().plusDays(1);
    }

    private LocalDate lastDay() {
        return calendar.today().plusDays(settings.horizonDays());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDateTime nowInItaly() {
        return LocalDateTime.ofInstant(clock.instant(), ITALY);
    }
}
