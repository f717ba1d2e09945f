package it.cassetto.appointment.internal;

import it.cassetto.appointment.AppointmentStatus;
import it.cassetto.appointment.BookingEligibility;
import it.cassetto.appointment.BookingEligibility.Reason;
import it.cassetto.request.Outcome;
import it.cassetto.request.RequestDeadline;
import it.cassetto.request.RequestStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/**
 * The booking rule of the Agenda appuntamenti, as a pure function (protocollo Ferrara, allegato 1, 3.1 a):
 * an appointment is for a question writing did not solve, so it can be booked from a request only by whoever
 * may send on its position, once per request, and only when the request was closed "non accolta" or has
 * stayed open without an answer for more than the subject's threshold of calendar days ("giacenza superiore a
 * 7 giorni"): opened on day D with threshold N, it is bookable from D + N + 1. An open request on which the
 * office waits for the user's documents is not unanswered.
 */
public final class EligibilityRule {

    private static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    private EligibilityRule() {
    }

    /**
     * @param request       the request's time facts
     * @param awaitingUser  whether the office is waiting for the user's documents
     * @param openDays      the threshold of the request's subject, in calendar days
     * @param callerMaySend whether the caller may send on the request's position
     * @param existing      the statuses of the appointments already made on the request
     * @param today         today in Italy
     */
    public static BookingEligibility decide(RequestDeadline request, boolean awaitingUser, int openDays,
                                            boolean callerMaySend, Collection<AppointmentStatus> existing,
                                            LocalDate today) {
        if (!callerMaySend) {
            return BookingEligibility.no(Reason.NOT_ALLOWED);
        }
        if (existing.stream().anyMatch(AppointmentStatus::isLive)) {
            return BookingEligibility.no(Reason.ALREADY_BOOKED);
        }
        if (existing.contains(AppointmentStatus.DONE)) {
            return BookingEligibility.no(Reason.ALREADY_HELD);
        }
        if (request.status() == RequestStatus.CLOSED) {
            return request.outcome() == Outcome.REJECTED ? BookingEligibility.yes(Reason.CLOSED_REJECTED)
                    : BookingEligibility.no(Reason.CLOSED_ACCEPTED);
        }
        if (awaitingUser) {
            return BookingEligibility.no(Reason.AWAITING_USER);
        }
        LocalDate openedOn = LocalDate.ofInstant(request.openedAt(), ITALY);
        if (ChronoUnit.DAYS.between(openedOn, today) > openDays) {
            return BookingEligibility.yes(Reason.OPEN_WITHOUT_ANSWER);
        }
        return BookingEligibility.from(openedOn.plusDays(openDays + 1L));
    }
}
