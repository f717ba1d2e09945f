package it.cassetto.shared.query;

/** The direction of a list's sort. */
public enum SortDirection {
    ASCENDING, DESCENDING;

    public String sql() {
        return this == ASCENDING ? "ASC" : "DESC";
    }
}
