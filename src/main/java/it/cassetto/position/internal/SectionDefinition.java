package it.cassetto.position.internal;

import it.cassetto.position.ColumnType;
import it.cassetto.position.Section;
import it.cassetto.position.SectionColumn;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How one section is stored: its table, columns (key, SQL column, type, sortable: only columns with a
 * (position_id, column, id) index are), the default sort, the statuses it knows and its child table.
 */
public record SectionDefinition(Section section, String table, List<Column> columns, String defaultSortKey,
                                Set<String> statuses, Child child) {

    /** A column of the table; key is its API name. */
    public record Column(String key, String sql, ColumnType type, boolean sortable) {
    }

    /** Child rows of a detail: table, the column naming the parent, columns and the order. */
    public record Child(String table, String parentColumn, List<Column> columns, String orderBy) {
    }

    public SectionDefinition {
        columns = List.copyOf(columns);
        statuses = Set.copyOf(statuses);
    }

    public Optional<Column> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public boolean hasStatus() {
        return column("status").isPresent();
    }

    public List<SectionColumn> apiColumns() {
        return columns.stream().map(c -> new SectionColumn(c.key(), labelKey(c.key()), c.type(), c.sortable()))
                .toList();
    }

    public List<SectionColumn> apiChildColumns() {
        return child == null ? List.of() : child.columns().stream()
                .map(c -> new SectionColumn(c.key(), labelKey(c.key()), c.type(), false)).toList();
    }

    private String labelKey(String key) {
        return "section." + section.code() + "." + key;
    }
}
