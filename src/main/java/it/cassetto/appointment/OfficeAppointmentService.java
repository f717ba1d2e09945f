package it.cassetto.appointment;

import it.cassetto.appointment.internal.AppointmentNotices;
import it.cassetto.appointment.internal.AppointmentSettings;
import it.cassetto.appointment.internal.AppointmentStore;
import it.cassetto.appointment.internal.AppointmentStore.Row;
import it.cassetto.appointment.internal.Bookings;
import it.cassetto.appointment.internal.SlotGenerator;
import it.cassetto.calendar.WorkingDayCalendar;
import it.cassetto.delegation.DelegationService;
import it.cassetto.request.RequestDeadline;
import it.cassetto.request.RequestDetail;
import it.cassetto.request.RequestService;
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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The office's side of the Agenda appuntamenti, for operators of their own offices only (refused here for
 * any other office): the calendar settings (opening hours, slot length, officers per slot, notice, closed
 * days, blocked periods), the agenda by day or week with who is coming on which request and position, marking
 * an appointment confirmed, held (svolto) or not shown, cancelling it with a reason when the question was
 * solved in advance (the user is notified), and urgent appointments beyond the users' horizon.
 */
@ApplicationScoped
@SecuredService
@Transactional
@RolesAllowed(Role.Names.OPERATOR)
public class OfficeAppointmentService {

    /** At most this many appointments in an agenda. */
    public static final int AGENDA_CAP = 500;
    /** The longest agenda period, in days. */
    public static final int AGENDA_MAX_DAYS = 31;

    @Inject
    CurrentUser currentUser;

    @Inject
    DelegationService delegations;

    @Inject
    PositionAccessGuard guard;

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

    /** The offices the caller works in. */
    public List<OfficeOption> myOffices() {
        Set<Long> mine = officesOfCaller();
        return store.offices().stream().filter(o -> mine.contains(o.id())).toList();
    }

    /** The calendar of one of the caller's offices (its defaults if it never saved one). */
    public OfficeCalendar calendar(@Positive long officeId) {
        ownOffice(officeId);
        return store.calendar(officeId).orElseThrow();
    }

    /** Saves the calendar of one of the caller's offices. */
    public OfficeCalendar saveCalendar(@NotNull @Valid OfficeCalendar changed) {
        ownOffice(changed.officeId());
        Instant now = now();
        store.saveCalendar(changed, now, currentUser.require().username(), nowInItaly());
        return store.calendar(changed.officeId()).orElseThrow();
    }

    /** The agenda of one of the caller's offices from one day to another (included, at most 31 days). */
    public List<Appointment> agenda(@Positive long officeId, @NotNull LocalDate from, @NotNull LocalDate to) {
        ownOffice(officeId);
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= AGENDA_MAX_DAYS) {
            throw new AppointmentRuleException("appointment.error.agendaPeriod", AGENDA_MAX_DAYS);
        }
        return store.ofOffice(officeId, from.atStartOfDay(), to.plusDays(1).atStartOfDay(), AGENDA_CAP).stream()
                .map(r -> Bookings.view(r, r.status().isExpected())).toList();
    }

    /** The office confirms a booked appointment (confermato); the user is notified. */
    public void confirm(@Positive long appointmentId) {
        Row row = ofOwnOffice(appointmentId);
        Instant now = now();
        change(row, List.of(AppointmentStatus.BOOKED), AppointmentStatus.CONFIRMED, now, null);
        bookings.notify(appointmentId, AppointmentNotices.Event.CONFIRMED, now);
    }

    /** The appointment took place (svolto): from its start on. */
    public void markHeld(@Positive long appointmentId) {
        Row row = ofOwnOffice(appointmentId);
        started(row);
        change(row, List.of(AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED), AppointmentStatus.DONE, now(), null);
    }

    /** The user did not come (non presentato): from its start on. */
    public void markNotShown(@Positive long appointmentId) {
        Row row = ofOwnOffice(appointmentId);
        started(row);
        change(row, List.of(AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED), AppointmentStatus.NO_SHOW, now(),
                null);
    }

    /**
     * Cancels an appointment with the reason for the user (typically the answer, when the question was solved
     * in advance); frees the place and notifies the user.
     */
    public void cancel(@Positive long appointmentId, @NotNull @Size(min = 1, max = 2000) String reason) {
        Row row = ofOwnOffice(appointmentId);
        if (reason.isBlank()) {
            throw new AppointmentRuleException("appointment.error.reasonRequired");
        }
        Instant now = now();
        if (!bookings.end(row, List.of(AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED),
                AppointmentStatus.CANCELLED, now, currentUser.require().displayName(), reason.strip())) {
            throw new AppointmentRuleException("appointment.error.notCancellable");
        }
        bookings.notify(appointmentId, AppointmentNotices.Event.CANCELLED_BY_OFFICE, now);
    }

    /**
     * Free slots of one of the caller's offices for an urgent appointment, from today up to
     * cassetto.appointments.urgent-horizon-days ahead, beyond the users' horizon.
     */
    public Availability urgentAvailability(@Positive long officeId) {
        ownOffice(officeId);
        LocalDate today = calendar.today();
        return bookings.availability(store.calendar(officeId).orElseThrow(), today,
                today.plusDays(settings.urgentHorizonDays()), nowInItaly());
    }

    /**
     * An urgent appointment on a request of the caller's office, in a free slot of one of the caller's offices up
     * to the urgent horizon, without the users' waiting rule; confirmed at once and notified to the user. The
     * slot's capacity still holds.
     */
    public Appointment urgent(@Positive long requestId, @Positive long officeId, @NotNull LocalDateTime start,
                              @Size(max = 20) @Pattern(regexp = "[+0-9 ./-]*") String phone,
                              @Size(max = AppointmentService.MAX_NOTES) String notes) {
        ownOffice(officeId);
        RequestDeadline deadline = requests.deadline(requestId);
        guard.check(deadline.positionId(), AppointmentService.SECTION, Action.SEND);
        RequestDetail detail = requests.detail(requestId);
        OfficeCalendar office = store.calendar(officeId).orElseThrow();
        LocalDate today = calendar.today();
        LocalDate last = today.plusDays(settings.urgentHorizonDays());
        LocalDateTime notBefore = nowInItaly();
        SlotGenerator.Slot slot = bookings.offered(office, today, last, notBefore, start);
        if (slot == null) {
            throw new AppointmentRuleException("appointment.error.slotNotOffered");
        }
        Instant now = now();
        AppointmentStore.SlotRow row = bookings.takePlace(office, slot, now, today, last, notBefore);
        CallerIdentity caller = currentUser.require();
        String owner = store.requestSender(requestId).orElseThrow();
        OptionalLong id = bookings.insert(AppointmentService.newRow(row.id(), office, slot,
                new AppointmentService.Target(deadline, detail), AppointmentStatus.CONFIRMED, true, phone, notes,
                owner, caller, now, null));
        if (id.isEmpty()) {
            throw new AppointmentRuleException(BookingEligibility.Reason.ALREADY_BOOKED.labelKey(), "");
        }
        bookings.notify(id.getAsLong(), AppointmentNotices.Event.URGENT, now);
        return Bookings.view(store.appointment(id.getAsLong()).orElseThrow(), true);
    }

    // ---- checks ---------------------------------------------------------------------------------------

    private Set<Long> officesOfCaller() {
        return delegations.reachOfCurrentCaller().officeIds();
    }

    private void ownOffice(long officeId) {
        if (!officesOfCaller().contains(officeId)) {
            throw new AccessDeniedException(currentUser.require().username() + " does not work in office " + officeId);
        }
    }

    private Row ofOwnOffice(long appointmentId) {
        Row row = store.appointment(appointmentId)
                .orElseThrow(() -> new AccessDeniedException("No appointment " + appointmentId));
        ownOffice(row.officeId());
        return row;
    }

    private void started(Row row) {
        if (nowInItaly().isBefore(row.start())) {
            throw new AppointmentRuleException("appointment.error.notStarted");
        }
    }

    private void change(Row row, List<AppointmentStatus> from, AppointmentStatus to, Instant now, String reason) {
        if (!store.changeStatus(row.id(), from, to, now, currentUser.require().displayName(), reason)) {
            throw new AppointmentRuleException("appointment.error.wrongStatus");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDateTime nowInItaly() {
        return LocalDateTime.ofInstant(clock.instant(), AppointmentService.ITALY);
    }
}
