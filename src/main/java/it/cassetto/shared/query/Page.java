package it.cassetto.shared.query;

import java.util.List;

/**
 * One page of a list, with the total number of rows counted up to a cap: when {@code totalCapped} is
 * true there are at least {@code total} rows (the count stopped there to stay fast).
 */
public record Page<T>(List<T> items, long total, boolean totalCapped) {

    /** Counts stop at this many rows. */
    public static final long COUNT_CAP = 10_000;

    public Page {
        items = List.copyOf(items);
    }
}
