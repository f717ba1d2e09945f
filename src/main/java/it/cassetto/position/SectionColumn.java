package it.cassetto.position;

/**
 * One column of a section list or of a detail's child list: its key (for sorting and the label key
 * {@code section.<section>.<key>}), its type and whether the list can be sorted by it.
 */
public record SectionColumn(String key, String labelKey, ColumnType type, boolean sortable) {
}
