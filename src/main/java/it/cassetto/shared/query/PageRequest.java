package it.cassetto.shared.query;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Which page of a list to read: zero-based page index, page size (at most {@link #MAX_SIZE}) and the
 * sort column key (one of those the list declares; null for its default) with its direction.
 */
public record PageRequest(@Min(0) @Max(100_000) int page, @Min(1) @Max(MAX_SIZE) int size, String sortKey,
                          @NotNull SortDirection direction) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("Invalid page " + page + " of size " + size);
        }
        direction = direction == null ? SortDirection.DESCENDING : direction;
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size, null, SortDirection.DESCENDING);
    }

    public long offset() {
        return (long) page * size;
    }
}
