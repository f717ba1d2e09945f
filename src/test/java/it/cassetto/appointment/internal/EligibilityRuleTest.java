package it.cassetto.appointment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import it.cassetto.appointment.AppointmentStatus;
import it.cassetto.appointment.BookingEligibility;
import it.cassetto.appointment.BookingEligibility.Reason;
import it.cassetto.request.Outcome;
import it.cassetto.request.RequestDeadline;
import it.cassetto.request.RequestStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class EligibilityRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static RequestDeadline request(RequestStatus status, Outcome outcome, LocalDate openedOn) {
        return new RequestDeadline(1, 7, "CREDITO.AVA", status, outcome,
                openedOn.atTime(LocalTime.of(10, 0)).atZone(ZoneId.of("Europe/Rome")).toInstant(), null,
                status == RequestStatus.CLOSED ? TODAY.atStartOfDay(ZoneId.of("Europe/Rome")).toInstant() : null, 0,
                false);
    }

    private static BookingEligibility decide(RequestDeadline request, int openDays) {
        return EligibilityRule.decide(request, false, openDays, true, List.of(), TODAY);
    }

    @Test
    void aRequestClosedNonAccolta_isBookable() {
        assertThat(decide(request(RequestStatus.CLOSED, Outcome.REJECTED, TODAY.minusDays(1)), 7))
                .isEqualTo(BookingEligibility.yes(Reason.CLOSED_REJECTED));
    }

    @Test
    void aRequestClosedAccolta_isNotBookable_andNeverWillBe() {
        BookingEligibility e = decide(request(RequestStatus.CLOSED, Outcome.ACCEPTED, TODAY.minusDays(30)), 7);
        assertThat(e.bookable()).isFalse();
        assertThat(e.reason()).isEqualTo(Reason.CLOSED_ACCEPTED);
        assertThat(e.bookableFrom()).isNull();
    }

    @Test
    void anOpenRequest_isBookableOnlyAfterMoreThanTheThresholdInDays() {
        // opened 23 November, 7 days: 30 November is the 7th day, 1 December the first beyond it
        RequestDeadline opened = request(RequestStatus.OPEN, null, LocalDate.of(2026, 11, 23));
        assertThat(EligibilityRule.decide(opened, false, 7, true, List.of(), LocalDate.of(2026, 11, 30)))
                .isEqualTo(BookingEligibility.from(LocalDate.of(2026, 12, 1)));
        assertThat(EligibilityRule.decide(opened, false, 7, true, List.of(), LocalDate.of(2026, 12, 1)))
                .isEqualTo(BookingEligibility.yes(Reason.OPEN_WITHOUT_ANSWER));
    }

    @Test
    void aRecentOpenRequest_saysFromWhichDayItWillBeBookable() {
        BookingEligibility e = decide(request(RequestStatus.IN_CHARGE, null, TODAY.minusDays(1)), 7);
        assertThat(e.bookable()).isFalse();
        assertThat(e.reason()).isEqualTo(Reason.OPEN_TOO_RECENT);
        assertThat(e.bookableFrom()).isEqualTo(TODAY.plusDays(7));
    }

    @Test
    void theThresholdIsTheSubjects_soTheSameAgeQualifiesForOneSubjectAndNotAnother() {
        RequestDeadline tenDaysOld = request(RequestStatus.OPEN, null, TODAY.minusDays(10));
        assertThat(decide(tenDaysOld, 7).bookable()).isTrue();
        BookingEligibility longer = decide(tenDaysOld, 15);
        assertThat(longer.bookable()).isFalse();
        assertThat(longer.bookableFrom()).isEqualTo(TODAY.plusDays(6));
    }

    @Test
    void anOpenRequestWaitingForTheUsersDocuments_isNotUnanswered() {
        BookingEligibility e = EligibilityRule.decide(request(RequestStatus.IN_CHARGE, null, TODAY.minusDays(20)),
                true, 7, true, List.of(), TODAY);
        assertThat(e).isEqualTo(BookingEligibility.no(Reason.AWAITING_USER));
    }

    @Test
    void aRequestWithALiveAppointment_isAlreadyBooked() {
        for (AppointmentStatus live : List.of(AppointmentStatus.HOLD, AppointmentStatus.BOOKED,
                AppointmentStatus.CONFIRMED)) {
            assertThat(EligibilityRule.decide(request(RequestStatus.CLOSED, Outcome.REJECTED, TODAY.minusDays(9)),
                    false, 7, true, List.of(AppointmentStatus.CANCELLED, live), TODAY))
                    .isEqualTo(BookingEligibility.no(Reason.ALREADY_BOOKED));
        }
    }

    @Test
    void aRequestWhoseAppointmentTookPlace_isNotBookableAgain_butOneCancelledOrExpiredIs() {
        RequestDeadline rejected = request(RequestStatus.CLOSED, Outcome.REJECTED, TODAY.minusDays(9));
        assertThat(EligibilityRule.decide(rejected, false, 7, true, List.of(AppointmentStatus.DONE), TODAY))
                .isEqualTo(BookingEligibility.no(Reason.ALREADY_HELD));
        assertThat(EligibilityRule.decide(rejected, false, 7, true,
                List.of(AppointmentStatus.CANCELLED, AppointmentStatus.EXPIRED, AppointmentStatus.NO_SHOW), TODAY)
                .bookable()).isTrue();
    }

    @Test
    void someoneWhoMayNotSendOnThePosition_otherUsersRequestOrReadOnly_isNotAllowed() {
        assertThat(EligibilityRule.decide(request(RequestStatus.CLOSED, Outcome.REJECTED, TODAY.minusDays(9)),
                false, 7, false, List.of(), TODAY)).isEqualTo(BookingEligibility.no(Reason.NOT_ALLOWED));
    }
}
