package it.cassetto.appointment;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether an appointment can be booked from a request today, and why (circolare 34/2023, 3.1; protocollo
 * Ferrara, allegato 1, 3.1): {@code bookable} with the reason that allows it, or not with the reason and,
 * when waiting is enough, the first day it will be ({@code bookableFrom}).
 */
public record BookingEligibility(boolean bookable, Reason reason, LocalDate bookableFrom) {

    /** Why a request can or cannot lead to an appointment. */
    public enum Reason {
        /** Closed "non accolta": the written answer did not solve the question. */
        CLOSED_REJECTED,
        /** Open without an answer beyond the subject's threshold. */
        OPEN_WITHOUT_ANSWER,
        /** Open, but not yet for long enough: see bookableFrom. */
        OPEN_TOO_RECENT,
        /** Open, and the office is waiting for the user's documents: the question is not unanswered. */
        AWAITING_USER,
        /** Closed "accolta": the question was solved in writing. */
        CLOSED_ACCEPTED,
        /** An appointment on this request is already held, booked or confirmed. */
        ALREADY_BOOKED,
        /** An appointment on this request has already taken place. */
        ALREADY_HELD,
        /** The caller may not send on the request's position (read-only delegation, not theirs, office side). */
        NOT_ALLOWED;

        public String labelKey() {
            return "appointment.eligibility." + name();
        }
    }

    public BookingEligibility {
        Objects.requireNonNull(reason, "reason");
        if (bookable && bookableFrom != null) {
            throw new IllegalArgumentException("a bookable request has no later date");
        }
    }

    public static BookingEligibility yes(Reason reason) {
        return new BookingEligibility(true, reason, null);
    }

    public static BookingEligibility no(Reason reason) {
        return new BookingEligibility(false, reason, null);
    }

    public static BookingEligibility from(LocalDate day) {
        return new BookingEligibility(false, Reason.OPEN_TOO_RECENT, Objects.requireNonNull(day, "day"));
    }
}
