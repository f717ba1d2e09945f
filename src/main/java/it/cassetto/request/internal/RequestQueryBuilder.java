package it.cassetto.request.internal;

import it.cassetto.request.RequestFilter;
import it.cassetto.request.RequestStatus;
import it.cassetto.shared.query.Page;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds the SQL of "Lista richieste" and of the office queues: the requests within a reach (every
 * request, or those of given offices, contributors, legal representative or positions) that match the
 * filter, one page in the list's order (newest first) or the queue's (due date first, so overdue first,
 * then those without a guaranteed time); and the capped count. Values are always parameters; ids from our
 * own queries are written inline.
 */
public final class RequestQueryBuilder {

    static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    public static final String COLUMNS = "r.id, r.protocol, r.position_id, r.position_identifier, r.holder_name,"
            + " r.office_id, s.code, s.class_label, s.label, r.status, r.outcome, r.awaiting_user, r.opened_at,"
            + " r.due_on, r.updated_at, r.reminded_at, r.handled_by_name, r.opened_on, r.is_open";

    /** Which requests a caller may see, as sets (the same rules as the position access guard, for READ). */
    public record Reach(boolean everything, Collection<Long> officeIds, String legalRepresentativeFiscalCode,
                        Collection<Long> contributorIds, Collection<Long> positionIds) {
    }

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();
    private final boolean queue;
    private final boolean closedOnly;

    /**
     * @param queue true for an office queue (default status: the open ones; order: due date first)
     * @param today Italian today, for the overdue filter
     */
    public RequestQueryBuilder(Reach reach, RequestFilter filter, boolean queue, LocalDate today) {
        this.queue = queue;
        this.closedOnly = filter.status() == RequestStatus.CLOSED;
        if (!reach.everything()) {
            List<String> reachable = new ArrayList<>();
            if (!reach.officeIds().isEmpty()) {
                reachable.add("r.office_id IN (" + ids(reach.officeIds()) + ")");
            }
            if (reach.legalRepresentativeFiscalCode() != null) {
                reachable.add("r.contributor_id IN (SELECT c.id FROM contributor c WHERE c.legal_rep_fiscal_code = ?)");
                parameters.add(reach.legalRepresentativeFiscalCode());
            }
            if (!reach.contributorIds().isEmpty()) {
                reachable.add("r.contributor_id IN (" + ids(reach.contributorIds()) + ")");
            }
            if (!reach.positionIds().isEmpty()) {
                reachable.add("r.position_id IN (" + ids(reach.positionIds()) + ")");
            }
            conditions.add(reachable.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", reachable) + ")");
        }
        if (filter.positionId() != null) {
            add("r.position_id = ?", filter.positionId());
        }
        if (filter.officeId() != null) {
            add("r.office_id = ?", filter.officeId());
        }
        if (filter.matricola() != null) {
            add("r.position_identifier = ?", filter.matricola());
        }
        if (filter.subjectCode() != null) {
            if (filter.subjectCode().contains(".")) {
                add("r.subject_id IN (SELECT q.id FROM request_subject q WHERE q.code = ?)", filter.subjectCode());
            } else {
                add("r.subject_id IN (SELECT q.id FROM request_subject q WHERE q.class_code = ?)", filter.subjectCode());
            }
        }
        if (filter.status() != null) {
            add("r.status = ?", filter.status().name());
        } else if (queue) {
            conditions.add("r.is_open = 1");
        }
        if (filter.overdueOnly()) {
            conditions.add("r.is_open = 1");
            add("r.queue_due < ?", today);
        }
        if (filter.openedFrom() != null) {
            add("r.opened_at >= ?", startOfDayUtc(filter.openedFrom()));
        }
        if (filter.openedTo() != null) {
            add("r.opened_at < ?", startOfDayUtc(filter.openedTo().plusDays(1)));
        }
        if (filter.updatedFrom() != null) {
            add("r.updated_on >= ?", filter.updatedFrom());
        }
        if (filter.updatedTo() != null) {
            add("r.updated_on <= ?", filter.updatedTo());
        }
    }

    /** One page, in the list's or the queue's order. */
    public Sql page(long offset, int limit) {
        String order = queue && !closedOnly ? " ORDER BY r.queue_due ASC, r.id ASC"
                : " ORDER BY r.opened_at DESC, r.id DESC";
        return new Sql("SELECT " + COLUMNS + " FROM service_request r JOIN request_subject s ON s.id = r.subject_id"
                + where() + order + " LIMIT " + limit + " OFFSET " + offset, parameters);
    }

    /** The number of matching requests, counted up to {@link Page#COUNT_CAP} + 1. */
    public Sql cappedCount() {
        return new Sql("SELECT COUNT(*) FROM (SELECT 1 FROM service_request r" + where() + " LIMIT "
                + (Page.COUNT_CAP + 1) + ") capped", parameters);
    }

    private String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private void add(String condition, Object value) {
        conditions.add(condition);
        parameters.add(value);
    }

    static LocalDateTime startOfDayUtc(LocalDate day) {
        return day.atStartOfDay(ITALY).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    private static String ids(Collection<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
