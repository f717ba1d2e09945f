package it.cassetto.position.internal;

import it.cassetto.position.SectionFilter;
import it.cassetto.position.internal.SectionDefinition.Column;
import it.cassetto.shared.query.Page;
import it.cassetto.shared.query.PageRequest;
import it.cassetto.shared.query.SortDirection;
import jakarta.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds the SQL of a section list: always restricted to one position, filtered on period, status and
 * amount, sorted on an indexed column then id (so the (position_id, column, id) index serves both the
 * filter and the order), one page; and the matching count, capped at {@link Page#COUNT_CAP}.
 * Only whitelisted column names ever reach the SQL text; values are parameters.
 */
public final class SectionQueryBuilder {

    private final SectionDefinition definition;
    private final StringBuilder where = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    public SectionQueryBuilder(SectionDefinition definition, long positionId, SectionFilter filter) {
        this.definition = definition;
        where.append(" WHERE position_id = ").append(param(positionId));
        if (filter.period().from() != null) {
            where.append(" AND competence_month >= ").append(param(filter.period().from().atDay(1)));
        }
        if (filter.period().to() != null) {
            where.append(" AND competence_month <= ").append(param(filter.period().to().atDay(1)));
        }
        if (!filter.statuses().isEmpty()) {
            if (!definition.hasStatus() || !definition.statuses().containsAll(filter.statuses())) {
                throw new ValidationException("Unknown status for " + definition.section() + ": " + filter.statuses());
            }
            where.append(" AND status IN (").append(filter.statuses().stream().sorted().map(this::param)
                    .collect(Collectors.joining(", "))).append(')');
        }
        if (filter.amount().min() != null) {
            where.append(" AND amount >= ").append(param(filter.amount().min()));
        }
        if (filter.amount().max() != null) {
            where.append(" AND amount <= ").append(param(filter.amount().max()));
        }
    }

    private String param(Object value) {
        parameters.add(value);
        return "?" + parameters.size();
    }

    /** The rows of one page: id then every column in definition order. */
    public SqlQuery page(String sortKey, SortDirection direction, long offset, int limit) {
        Column sort = sortColumn(sortKey);
        String dir = direction.sql();
        String sql = "SELECT id, " + definition.columns().stream().map(Column::sql).collect(Collectors.joining(", "))
                + " FROM " + definition.table() + where
                + " ORDER BY " + sort.sql() + " " + dir + ", id " + dir
                + " LIMIT " + limit + " OFFSET " + offset;
        return new SqlQuery(sql, parameters);
    }

    /** The number of matching rows, counting no further than the cap. */
    public SqlQuery cappedCount() {
        return new SqlQuery("SELECT COUNT(*) FROM (SELECT 1 FROM " + definition.table() + where + " LIMIT "
                + (Page.COUNT_CAP + 1) + ") capped", parameters);
    }

    public SqlQuery page(PageRequest page) {
        return page(page.sortKey(), page.direction(), page.offset(), page.size());
    }

    Column sortColumn(String sortKey) {
        String key = sortKey == null ? definition.defaultSortKey() : sortKey;
        Column column = definition.column(key)
                .orElseThrow(() -> new ValidationException("Unknown sort column " + key));
        if (!column.sortable()) {
            throw new ValidationException("Cannot sort " + definition.section() + " by " + key);
        }
        return column;
    }
}
