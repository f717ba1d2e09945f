package it.cassetto.appointment;

import java.util.List;

/**
 * What the booking page shows before the slots: the request's protocol, subject (the topic, not chosen
 * again) and position, whether it may be booked, the offices to choose from with the competent one first,
 * and the phone the request gave, as a default.
 */
public record BookingContext(long requestId, String protocol, String subjectLabel, String positionIdentifier,
                             String holderName, BookingEligibility eligibility, long competentOfficeId,
                             List<OfficeOption> offices, String defaultPhone) {

    public BookingContext {
        offices = List.copyOf(offices);
    }
}
