package it.cassetto.request.internal;

import static org.assertj.core.api.Assertions.assertThat;

import it.cassetto.request.Outcome;
import it.cassetto.request.RequestEventKind;
import it.cassetto.request.RequestStatus;
import it.cassetto.request.internal.RequestNotices.Notice;
import it.cassetto.request.internal.RequestStore.RequestRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestNoticesTest {

    static RequestRow request(String email, String phone, boolean consentEmail, boolean consentSms, Outcome outcome) {
        return new RequestRow(12, "INPS.7001.2026.0001001", 5, 1, "7001000005", "Trattoria", "VERSAMENTI.PAGAMENTI",
                "Pagamenti F24", outcome == null ? RequestStatus.OPEN : RequestStatus.CLOSED, false, outcome,
                LocalDate.of(2026, 12, 7), false, email, phone, consentEmail, consentSms, "testo", null, null,
                "intermediario", "Giulia Bianchi", Instant.parse("2026-11-23T10:00:00Z"), LocalDate.of(2026, 11, 23),
                null, null);
    }

    @Test
    void withBothConsents_theUserGetsAnEmailAndAnSms_eachWithItsOwnKey() {
        List<Notice> notices = RequestNotices.forUser(request("a@example.it", "+393331234567", true, true, null), 34,
                RequestEventKind.OPENED, null, "http://localhost:8080");
        assertThat(notices).extracting(Notice::email).containsExactly(true, false);
        assertThat(notices).extracting(Notice::dedupKey).containsExactly("request:12:event:34:email",
                "request:12:event:34:sms");
        assertThat(notices.get(0).subject()).isEqualTo("Richiesta INPS.7001.2026.0001001: protocollata");
        assertThat(notices.get(0).text()).contains("07/12/2026").contains("http://localhost:8080/richieste/12");
    }

    @Test
    void withoutConsent_orWithoutTheContact_nothingIsSentOnThatChannel() {
        assertThat(RequestNotices.forUser(request("a@example.it", "+393331234567", false, false, null), 1,
                RequestEventKind.OPENED, null, "x")).isEmpty();
        assertThat(RequestNotices.forUser(request(null, "+393331234567", true, true, null), 1,
                RequestEventKind.OPENED, null, "x")).extracting(Notice::email).containsExactly(false);
    }

    @Test
    void theClosingNotice_saysTheOutcomeAndCarriesTheComment() {
        List<Notice> notices = RequestNotices.forUser(request("a@example.it", null, true, false, Outcome.REJECTED), 9,
                RequestEventKind.CLOSED, "Non dovuto.", "x");
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).text()).contains("NON ACCOLTA").contains("Non dovuto.");
    }

    @Test
    void theUsersOwnSteps_notifyNobody() {
        assertThat(RequestNotices.forUser(request("a@example.it", null, true, true, null), 9,
                RequestEventKind.USER_REPLY, null, "x")).isEmpty();
        assertThat(RequestNotices.forUser(request("a@example.it", null, true, true, null), 9,
                RequestEventKind.REMINDER, null, "x")).isEmpty();
    }

    @Test
    void phones_areSentInInternationalForm() {
        assertThat(OutboxNoticeSink.internationalPhone("333 1234567")).isEqualTo("+393331234567");
        assertThat(OutboxNoticeSink.internationalPhone("0039 333 1234567")).isEqualTo("+393331234567");
        assertThat(OutboxNoticeSink.internationalPhone("+41 79 1234567")).isEqualTo("+41791234567");
    }
}
