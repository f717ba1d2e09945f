package it.cassetto.request.internal;

import static org.assertj.core.api.Assertions.assertThat;

import it.cassetto.request.RequestFilter;
import it.cassetto.request.RequestStatus;
import it.cassetto.request.internal.RequestQueryBuilder.Reach;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestQueryBuilderTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Reach EVERYTHING = new Reach(true, List.of(), null, List.of(), List.of());

    @Test
    void aCallerWithNoReach_seesNothing() {
        Sql sql = new RequestQueryBuilder(new Reach(false, List.of(), null, List.of(), List.of()), RequestFilter.ANY,
                false, TODAY).page(0, 50);
        assertThat(sql.text()).contains("WHERE 1 = 0");
    }

    @Test
    void theReach_isAnOrOfItsParts_withIdsInlineAndTheFiscalCodeAsParameter() {
        Sql sql = new RequestQueryBuilder(new Reach(false, List.of(2L, 1L), "RSSMRA75C12H501H", List.of(9L),
                List.of(7L, 5L)), RequestFilter.ANY, false, TODAY).page(0, 50);
        assertThat(sql.text()).contains("(r.office_id IN (1, 2) OR r.contributor_id IN (SELECT c.id FROM contributor c"
                + " WHERE c.legal_rep_fiscal_code = ?) OR r.contributor_id IN (9) OR r.position_id IN (5, 7))");
        assertThat(sql.parameters()).containsExactly("RSSMRA75C12H501H");
    }

    @Test
    void theList_isNewestFirst_andTheQueue_dueDateFirstAndOnlyOpenByDefault() {
        assertThat(new RequestQueryBuilder(EVERYTHING, RequestFilter.ANY, false, TODAY).page(0, 50).text())
                .endsWith("ORDER BY r.opened_at DESC, r.id DESC LIMIT 50 OFFSET 0").doesNotContain("r.is_open = 1");
        assertThat(new RequestQueryBuilder(EVERYTHING, RequestFilter.ANY, true, TODAY).page(2, 50).text())
                .contains("r.is_open = 1").endsWith("ORDER BY r.queue_due ASC, r.id ASC LIMIT 50 OFFSET 2");
        assertThat(new RequestQueryBuilder(EVERYTHING, RequestFilter.ANY.withStatus(RequestStatus.CLOSED), true, TODAY)
                .page(0, 50).text()).endsWith("ORDER BY r.opened_at DESC, r.id DESC LIMIT 50 OFFSET 0");
    }

    @Test
    void everyFilter_becomesAParameterisedCondition() {
        RequestFilter filter = new RequestFilter(5L, 1L, " 7001000005 ", "VERSAMENTI.PAGAMENTI", RequestStatus.OPEN,
                true, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 28));
        Sql sql = new RequestQueryBuilder(EVERYTHING, filter, false, TODAY).page(0, 10);
        assertThat(sql.text()).contains("r.position_id = ?", "r.office_id = ?", "r.position_identifier = ?",
                "r.subject_code = ?", "r.status = ?", "r.queue_due < ?", "r.opened_at >= ?", "r.opened_at < ?",
                "r.updated_on >= ?", "r.updated_on <= ?");
        assertThat(sql.parameters()).contains(5L, 1L, "7001000005", "VERSAMENTI.PAGAMENTI", "OPEN", TODAY);
        // Opening dates are Italian days: 1 January starts at 23:00 UTC of 31 December.
        assertThat(sql.parameters()).contains(java.time.LocalDateTime.of(2025, 12, 31, 23, 0),
                java.time.LocalDateTime.of(2026, 1, 31, 23, 0));
    }

    @Test
    void aClassCode_filtersOnTheClass() {
        Sql sql = new RequestQueryBuilder(EVERYTHING, new RequestFilter(null, null, null, "CREDITO", null, false, null,
                null, null, null), false, TODAY).page(0, 10);
        assertThat(sql.text()).contains("r.class_code = ?").doesNotContain("request_subject q");
        assertThat(sql.parameters()).containsExactly("CREDITO");
    }

    @Test
    void aLongPositionList_isSplitIntoInListsBelowMariaDbsConversionThreshold() {
        List<Long> positions = java.util.stream.LongStream.rangeClosed(1, 1201).boxed().toList();
        String text = new RequestQueryBuilder(new Reach(false, List.of(), null, List.of(), positions), RequestFilter.ANY,
                false, TODAY).page(0, 50).text();
        assertThat(text).contains("(r.position_id IN (1, 2, ", " 500) OR r.position_id IN (501, ",
                " 1000) OR r.position_id IN (1001, ", " 1201))");
        assertThat(text.split("r.position_id IN \\(", -1)).hasSize(4);
        assertThat(text).contains("FROM service_request r IGNORE INDEX (ix_service_request_position,"
                + " ix_service_request_position_status)");
        assertThat(new RequestQueryBuilder(new Reach(false, List.of(), null, List.of(), List.of(1L, 2L)),
                RequestFilter.ANY, false, TODAY).page(0, 50).text()).doesNotContain("IGNORE INDEX");
    }

    @Test
    void theQueue_boundsTheDueDateByTheOpeningDay_soItsIndexStartsThere() {
        RequestFilter openedSince = new RequestFilter(null, null, null, null, null, false, LocalDate.of(2026, 10, 1),
                null, null, null);
        Sql queue = new RequestQueryBuilder(EVERYTHING, openedSince, true, TODAY).page(0, 50);
        assertThat(queue.text()).contains("r.opened_at >= ?", "r.queue_due >= ?");
        assertThat(queue.parameters()).contains(LocalDate.of(2026, 10, 1));
        assertThat(new RequestQueryBuilder(EVERYTHING, openedSince, false, TODAY).page(0, 50).text())
                .doesNotContain("queue_due");
    }

    @Test
    void oneOfficesQueue_bySubjectOrOpeningDate_readsItsQueueIndex_butNotByMatricolaOrInTheList() {
        Reach office = new Reach(false, List.of(1L), null, List.of(), List.of());
        RequestFilter subject = new RequestFilter(null, null, null, "VERSAMENTI.PAGAMENTI", null, false, null, null,
                null, null);
        assertThat(new RequestQueryBuilder(office, subject, true, TODAY).page(0, 50).text())
                .contains("FROM service_request r FORCE INDEX (ix_service_request_queue) ");
        assertThat(new RequestQueryBuilder(office, subject.withStatus(RequestStatus.OPEN), true, TODAY).page(0, 50)
                .text()).contains("FORCE INDEX (ix_service_request_queue_status)");
        assertThat(new RequestQueryBuilder(office, subject, false, TODAY).page(0, 50).text())
                .doesNotContain("FORCE INDEX");
        assertThat(new RequestQueryBuilder(office, new RequestFilter(null, null, "7001000005", "VERSAMENTI", null,
                false, null, null, null, null), true, TODAY).page(0, 50).text()).doesNotContain("FORCE INDEX");
        assertThat(new RequestQueryBuilder(office, RequestFilter.ANY, true, TODAY).page(0, 50).text())
                .doesNotContain("FORCE INDEX");
    }

    @Test
    void theCount_isCapped() {
        assertThat(new RequestQueryBuilder(EVERYTHING, RequestFilter.ANY, false, TODAY).cappedCount().text())
                .contains("LIMIT 10001");
    }
}
