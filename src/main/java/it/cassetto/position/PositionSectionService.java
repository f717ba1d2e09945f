package it.cassetto.position;

import it.cassetto.position.internal.NativeRows;
import it.cassetto.position.internal.SectionDefinition;
import it.cassetto.position.internal.SectionDefinitions;
import it.cassetto.position.internal.SectionPages;
import it.cassetto.position.internal.SectionQueryBuilder;
import it.cassetto.position.internal.SqlQuery;
import it.cassetto.shared.csv.ItalianCsv;
import it.cassetto.shared.query.Page;
import it.cassetto.shared.query.PageRequest;
import it.cassetto.shared.query.SortDirection;
import it.cassetto.shared.security.Action;
import it.cassetto.shared.security.PositionAccessGuard;
import it.cassetto.shared.security.Role;
import it.cassetto.shared.security.SecuredService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Consumer;
import java.util.Map;
import java.util.HashMap;
import java.util.stream.Collectors;

/**
 * The list sections of a position (payments, adjustment notes, amortisation plans, declarations,
 * debit notes, ECA debit notes): pages with sorting and filters, one row's detail, and CSV export of the
 * filtered rows. Every method that names a position asks {@link PositionAccessGuard} first.
 */
@ApplicationScoped
@SecuredService
@Transactional
@RolesAllowed({Role.Names.EMPLOYER, Role.Names.ENTITY_EMPLOYEE, Role.Names.INTERMEDIARY,
        Role.Names.INTERMEDIARY_STAFF, Role.Names.OPERATOR, Role.Names.SUPERVISOR})
public class PositionSectionService {

    /** An export writes at most this many rows. */
    public static final int MAX_EXPORT_ROWS = 100_000;
    private static final int EXPORT_CHUNK = 5_000;
    static final String BUNDLE = "vaadin-i18n.translations";

    @Inject
    PositionAccessGuard guard;

    @PersistenceContext(unitName = "cassetto")
    EntityManager em;

    /** The columns of a list section, in display order. */
    @PermitAll
    public List<SectionColumn> columns(@NotNull Section section) {
        return SectionDefinitions.of(section).apiColumns();
    }

    /** The columns of a list section's child rows (instalments, errors), empty when it has none. */
    @PermitAll
    public List<SectionColumn> childColumns(@NotNull Section section) {
        return SectionDefinitions.of(section).apiChildColumns();
    }

    /** The status codes a section's filter accepts (empty when the section has no status). */
    @PermitAll
    public Set<String> statuses(@NotNull Section section) {
        return SectionDefinitions.of(section).statuses();
    }

    /** One page of the section's rows matching the filter; the count is capped at {@link Page#COUNT_CAP}. */
    public Page<SectionRow> list(@Positive long positionId, @NotNull Section section,
                                 @NotNull @Valid SectionFilter filter, @NotNull @Valid PageRequest page) {
        guard.check(positionId, section.code(), Action.READ);
        return new SectionPages(NativeRows.runner(em)).page(positionId, section, filter, page);
    }

    /** One row in full with its child rows; empty if the row is not the position's. */
    public Optional<SectionDetail> detail(@Positive long positionId, @NotNull Section section, @Positive long rowId) {
        guard.check(positionId, section.code(), Action.READ);
        SectionDefinition definition = SectionDefinitions.of(section);
        String columns = String.join(", ", definition.columns().stream().map(SectionDefinition.Column::sql).toList());
        List<SectionRow> rows = NativeRows.sectionRows(NativeRows.list(em, new SqlQuery("SELECT id, " + columns
                + " FROM " + definition.table() + " WHERE id = ?1 AND position_id = ?2", List.of(rowId, positionId))),
                definition.columns());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<SectionRow> children = List.of();
        SectionDefinition.Child child = definition.child();
        if (child != null) {
            String childColumns = String.join(", ", child.columns().stream().map(SectionDefinition.Column::sql).toList());
            children = NativeRows.sectionRows(NativeRows.list(em, new SqlQuery("SELECT id, " + childColumns + " FROM "
                    + child.table() + " WHERE " + child.parentColumn() + " = ?1 ORDER BY " + child.orderBy()
                    + " LIMIT " + SectionDetail.MAX_CHILDREN, List.of(rowId))), child.columns());
        }
        return Optional.of(new SectionDetail(section, positionId, definition.apiColumns(), rows.get(0),
                definition.apiChildColumns(), children));
    }

    /**
     * Writes the rows matching the filter, sorted as asked, as Italian CSV (UTF-8 with BOM, {@code ;},
     * headers and codes in the given language) to the stream; at most {@link #MAX_EXPORT_ROWS} rows.
     * Returns the number of rows written.
     */
    public long exportCsv(@Positive long positionId, @NotNull Section section, @NotNull @Valid SectionFilter filter,
                          String sortKey, @NotNull SortDirection direction, @NotNull Locale locale,
                          @NotNull OutputStream out) {
        guard.check(positionId, section.code(), Action.READ);
        SectionDefinition definition = SectionDefinitions.of(section);
        ResourceBundle labels = labels(locale);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        ItalianCsv csv = new ItalianCsv(writer);
        try {
            writer.write('\uFEFF');
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        csv.row(definition.apiColumns().stream().map(c -> label(labels, c.labelKey())).toList());
        long written = 0;
        SectionQueryBuilder builder = new SectionQueryBuilder(definition, positionId, filter);
        while (written < MAX_EXPORT_ROWS) {
            int limit = (int) Math.min(EXPORT_CHUNK, MAX_EXPORT_ROWS - written);
            List<SectionRow> rows = NativeRows.sectionRows(NativeRows.list(em,
                    builder.page(sortKey, direction, written, limit)), definition.columns());
            for (SectionRow row : rows) {
                csv.row(cells(definition, row, labels));
            }
            written += rows.size();
            if (rows.size() < limit) {
                break;
            }
        }
        csv.flush();
        return written;
    }

    /**
     * Hands every row matching the filter, with its child rows, to the consumer in chunks of at most
     * {@code chunkSize} rows, in the section's default order, oldest first; at most {@link #MAX_EXPORT_ROWS}
     * rows. One access check and audit row for the whole read; one statement per chunk, plus one for the
     * chunk's children. Only one chunk is held at a time. Returns the number of rows handed over.
     */
    public long forEachChunk(@Positive long positionId, @NotNull Section section, @NotNull @Valid SectionFilter filter,
                             @Positive int chunkSize, @NotNull Consumer<List<DetailedRow>> consumer) {
        guard.check(positionId, section.code(), Action.READ);
        SectionDefinition definition = SectionDefinitions.of(section);
        SectionQueryBuilder builder = new SectionQueryBuilder(definition, positionId, filter);
        long read = 0;
        while (read < MAX_EXPORT_ROWS) {
            int limit = (int) Math.min(chunkSize, MAX_EXPORT_ROWS - read);
            List<SectionRow> rows = NativeRows.sectionRows(NativeRows.list(em,
                    builder.page(null, SortDirection.ASCENDING, read, limit)), definition.columns());
            Map<Long, List<SectionRow>> children = children(definition, rows);
            List<DetailedRow> chunk = new ArrayList<>(rows.size());
            for (SectionRow row : rows) {
                chunk.add(new DetailedRow(row, children.getOrDefault(row.id(), List.of())));
            }
            if (!chunk.isEmpty()) {
                consumer.accept(chunk);
            }
            read += rows.size();
            if (rows.size() < limit) {
                break;
            }
        }
        return read;
    }

    private Map<Long, List<SectionRow>> children(SectionDefinition definition, List<SectionRow> parents) {
        SectionDefinition.Child child = definition.child();
        if (child == null || parents.isEmpty()) {
            return Map.of();
        }
        String ids = parents.stream().map(r -> Long.toString(r.id())).collect(Collectors.joining(", "));
        String childColumns = child.columns().stream().map(SectionDefinition.Column::sql)
                .collect(Collectors.joining(", "));
        List<Object[]> raw = NativeRows.list(em, new SqlQuery("SELECT id, " + childColumns + ", " + child.parentColumn()
                + " FROM " + child.table() + " WHERE " + child.parentColumn() + " IN (" + ids + ") ORDER BY "
                + child.parentColumn() + ", " + child.orderBy(), List.of()));
        Map<Long, List<SectionRow>> byParent = new HashMap<>();
        int parentIndex = child.columns().size() + 1;
        List<SectionRow> converted = NativeRows.sectionRows(raw, child.columns());
        for (int i = 0; i < raw.size(); i++) {
            long parent = ((Number) raw.get(i)[parentIndex]).longValue();
            List<SectionRow> list = byParent.computeIfAbsent(parent, k -> new ArrayList<>());
            if (list.size() < SectionDetail.MAX_CHILDREN) {
                list.add(converted.get(i));
            }
        }
        return byParent;
    }

    static List<String> cells(SectionDefinition definition, SectionRow row, ResourceBundle labels) {
        List<String> cells = new ArrayList<>(row.values().size());
        for (int i = 0; i < row.values().size(); i++) {
            Object value = row.value(i);
            cells.add(definition.columns().get(i).type() == ColumnType.CODE && value != null
                    ? label(labels, "code." + value) : ItalianCsv.format(value));
        }
        return cells;
    }

    static ResourceBundle labels(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static String label(ResourceBundle labels, String key) {
        return labels.containsKey(key) ? labels.getString(key) : key;
    }
}
