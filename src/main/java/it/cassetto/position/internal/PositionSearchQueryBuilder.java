package it.cassetto.position.internal;

import it.cassetto.delegation.PositionReach;
import it.cassetto.position.PositionSearchCriteria;
import it.cassetto.shared.query.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds the Ricerca SQL: the positions within the caller's reach (any of its parts) that match the
 * criteria, sorted by holder name then id (index ix_position_name, or ix_position_office_name for
 * operators), one page; and the capped count. Values are always parameters.
 */
public final class PositionSearchQueryBuilder {

    static final String COLUMNS = "p.id, p.kind, p.holder_fiscal_code, p.matricola, p.progressivo, p.holder_name,"
            + " p.status, o.code, o.name";

    private final StringBuilder where = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    public PositionSearchQueryBuilder(PositionReach reach, PositionSearchCriteria criteria) {
        List<String> reachable = new ArrayList<>();
        if (!reach.everyPosition()) {
            if (!reach.officeIds().isEmpty()) {
                reachable.add("p.office_id IN (" + params(reach.officeIds()) + ")");
            }
            if (reach.legalRepresentativeFiscalCode() != null) {
                reachable.add("p.contributor_id IN (SELECT c.id FROM contributor c WHERE c.legal_rep_fiscal_code = "
                        + param(reach.legalRepresentativeFiscalCode()) + ")");
            }
            if (!reach.contributorIds().isEmpty()) {
                reachable.add("p.contributor_id IN (" + params(reach.contributorIds()) + ")");
            }
            if (!reach.positionIds().isEmpty()) {
                reachable.add("p.id IN (" + params(reach.positionIds()) + ")");
            }
            if (reachable.isEmpty()) {
                reachable.add("1 = 0");
            }
        }
        List<String> conditions = new ArrayList<>();
        if (!reachable.isEmpty()) {
            conditions.add("(" + String.join(" OR ", reachable) + ")");
        }
        if (criteria.matricola() != null) {
            conditions.add("p.matricola = " + param(criteria.matricola()));
        }
        if (criteria.fiscalCode() != null) {
            conditions.add("p.holder_fiscal_code LIKE " + param(escapeLike(criteria.fiscalCode()) + "%"));
        }
        if (criteria.name() != null) {
            conditions.add("p.holder_name LIKE " + param(escapeLike(criteria.name()) + "%"));
        }
        if (criteria.kind() != null) {
            conditions.add("p.kind = " + param(criteria.kind().name()));
        }
        if (criteria.status() != null) {
            conditions.add("p.status = " + param(criteria.status().name()));
        }
        if (!conditions.isEmpty()) {
            where.append(" WHERE ").append(String.join(" AND ", conditions));
        }
    }

    public SqlQuery page(long offset, int limit, boolean descending) {
        String dir = descending ? "DESC" : "ASC";
        return new SqlQuery("SELECT " + COLUMNS + " FROM contribution_position p JOIN office o ON o.id = p.office_id"
                + where + " ORDER BY p.holder_name " + dir + ", p.id " + dir + " LIMIT " + limit + " OFFSET " + offset,
                parameters);
    }

    public SqlQuery cappedCount() {
        return new SqlQuery("SELECT COUNT(*) FROM (SELECT 1 FROM contribution_position p" + where + " LIMIT "
                + (Page.COUNT_CAP + 1) + ") capped", parameters);
    }

    /** Ids are Longs from our own queries, written inline so that thousands of them need no parameters. */
    private static String params(java.util.Collection<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private String param(Object value) {
        parameters.add(value);
        return "?" + parameters.size();
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
