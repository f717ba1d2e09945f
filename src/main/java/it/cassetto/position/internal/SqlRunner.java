package it.cassetto.position.internal;

import java.util.List;

/**
 * Runs {@link SqlQuery}s and returns their raw rows: through the entity manager in the services
 * ({@link NativeRows#runner}), through plain JDBC in the benchmark, so that both issue the same statements.
 */
public interface SqlRunner {

    /** The rows of the query, each as an array of its columns' values (a one-column row too). */
    List<Object[]> list(SqlQuery query);

    /** The single number a {@code SELECT COUNT(*)} returns. */
    default long count(SqlQuery query) {
        return ((Number) list(query).get(0)[0]).longValue();
    }

    /** The single row a query returns (aggregates), or null when it returns none. */
    default Object[] single(SqlQuery query) {
        List<Object[]> rows = list(query);
        return rows.isEmpty() ? null : rows.get(0);
    }
}
