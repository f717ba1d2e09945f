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

    /** The most ids written in one IN list (below MariaDB's in_predicate_conversion_threshold, 1,000). */
    static final int IN_LIST_CHUNK = 500;

    /** Which requests a caller may see, as sets (the same rules as the position access guard, for READ). */
    public record Reach(boolean everything, Collection<Long> officeIds, String legalRepresentativeFiscalCode,
                        Collection<Long> contributorIds, Collection<Long> positionIds) {
    }

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();
    private final boolean queue;
    private final boolean closedOnly;
    private final String from;

    /**
     * @param queue true for an office queue (default status: the open ones; order: due date first)
     * @param today Italian today, for the overdue filter
     */
    public RequestQueryBuilder(Reach reach, RequestFilter filter, boolean queue, LocalDate today) {
        this.queue = queue;
        this.closedOnly = filter.status() == RequestStatus.CLOSED;
        // Thousands of positions: planning the position indexes' thousands of ranges costs MariaDB tens of ms
        // (more than reading the page) and the newest requests in index order find the page anyway, since such
        // a reach holds a good share of all requests. Short lists keep the position indexes.
        // One office's queue filtered by subject, class or opening date: its queue index carries those columns
        // (V13) and reads the page in order checking them on the index entries; left to itself MariaDB picks
        // another index first and switches to the queue index for the ORDER BY without that check, reading
        // each row (0.3-1 s on Roma's queue instead of ~5 ms).
        boolean oneOffice = filter.officeId() != null || !reach.everything() && reach.officeIds().size() == 1
                && reach.legalRepresentativeFiscalCode() == null && reach.contributorIds().isEmpty()
                && reach.positionIds().isEmpty();
        boolean queueIndex = queue && !closedOnly && oneOffice && filter.matricola() == null
                && filter.positionId() == null && filter.updatedFrom() == null && filter.updatedTo() == null
                && (filter.subjectCode() != null || filter.openedFrom() != null || filter.openedTo() != null);
        this.from = queueIndex ? " FROM service_request r FORCE INDEX (" + (filter.status() == null
                ? "ix_service_request_queue" : "ix_service_request_queue_status") + ")"
                : !reach.everything() && reach.positionIds().size() > IN_LIST_CHUNK
                ? " FROM service_request r IGNORE INDEX (ix_service_request_position, ix_service_request_position_status)"
                : " FROM service_request r";
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
                // In lists of at most IN_LIST_CHUNK ids: MariaDB turns an IN list of 1,000 values or more
                // (in_predicate_conversion_threshold) into a derived table joined first, then sorts all the
                // requests of those positions (1.3 s for 2,370 delegated positions); short lists leave it free to
                // read the newest requests in index order and check each position (docs/benchmarks.md).
                List<Long> sorted = reach.positionIds().stream().sorted().toList();
                for (int from = 0; from < sorted.size(); from += IN_LIST_CHUNK) {
                    reachable.add("r.position_id IN ("
                            + ids(sorted.subList(from, Math.min(sorted.size(), from + IN_LIST_CHUNK))) + ")");
                }
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
            // The request's own copies of its subject's codes (V12): a plain condition that the composite
            // indexes (office, code, opened_at) and (code, opened_at) read in the list's order.
            if (filter.subjectCode().contains(".")) {
                add("r.subject_code = ?", filter.subjectCode());
            } else {
                add("r.class_code = ?", filter.subjectCode());
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
            if (queue && !closedOnly) {
                // Redundant but indexable: a due date is never before the opening day (queue_due is the due date
                // or 9999-12-31), so the queue index can start at that day instead of walking every overdue row.
                add("r.queue_due >= ?", filter.openedFrom());
            }
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
        return new Sql("SELECT " + COLUMNS + from + " JOIN request_subject s ON s.id = r.subject_id"
                + where() + order + " LIMIT " + limit + " OFFSET " + offset, parameters);
    }

    /** The number of matching requests, counted up to {@link Page#COUNT_CAP} + 1. */
    public Sql cappedCount() {
        return new Sql("SELECT COUNT(*) FROM (SELECT 1" + from + where() + " LIMIT "
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
