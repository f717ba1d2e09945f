package it.cassetto.position.internal;

import it.cassetto.position.PositionSummary;
import it.cassetto.position.Section;
import it.cassetto.position.SectionFilter;
import it.cassetto.position.SectionRow;
import it.cassetto.shared.query.Page;
import it.cassetto.shared.query.PageRequest;
import it.cassetto.shared.query.SortDirection;
import java.util.List;

/**
 * The section reads of the services, whatever runs the SQL: one page of a section (one statement, plus
 * the capped count unless the first page is not full), the summary's latest payments and declarations
 * with errors. The number of statements never depends on the position's size.
 */
public final class SectionPages {

    private final SqlRunner sql;

    public SectionPages(SqlRunner sql) {
        this.sql = sql;
    }

    /** One page of the section's rows matching the filter; the count is capped at {@link Page#COUNT_CAP}. */
    public Page<SectionRow> page(long positionId, Section section, SectionFilter filter, PageRequest page) {
        SectionDefinition definition = SectionDefinitions.of(section);
        SectionQueryBuilder builder = new SectionQueryBuilder(definition, positionId, filter);
        List<SectionRow> rows = NativeRows.sectionRows(sql.list(builder.page(page)), definition.columns());
        long total = page.offset() == 0 && rows.size() < page.size() ? rows.size()
                : sql.count(builder.cappedCount());
        return new Page<>(rows, Math.min(total, Page.COUNT_CAP), total > Page.COUNT_CAP);
    }

    /** The latest {@link PositionSummary#LATEST} payments, newest first. */
    public List<SectionRow> latestPayments(long positionId) {
        SectionDefinition payments = SectionDefinitions.of(Section.PAYMENTS);
        return NativeRows.sectionRows(sql.list(new SectionQueryBuilder(payments, positionId, SectionFilter.NONE)
                .page(null, SortDirection.DESCENDING, 0, PositionSummary.LATEST)), payments.columns());
    }

    /** The latest {@link PositionSummary#LATEST} declarations with errors or rejected, by period. */
    public List<SectionRow> declarationsWithErrors(long positionId) {
        return NativeRows.sectionRows(sql.list(new SqlQuery("SELECT id, kind, competence_month, submitted_on,"
                        + " protocol, status, amount, error_count FROM declaration"
                        + " WHERE position_id = ?1 AND status IN ('WITH_ERRORS', 'REJECTED')"
                        + " ORDER BY competence_month DESC, id DESC LIMIT " + PositionSummary.LATEST,
                        List.of(positionId))),
                SectionDefinitions.of(Section.DECLARATIONS).columns());
    }
}
