package it.cassetto.position.internal;

import java.util.List;

/** A native SQL statement with its positional parameters ({@code ?1}, {@code ?2}, ...), in order. */
public record SqlQuery(String sql, List<Object> parameters) {

    public SqlQuery {
        parameters = List.copyOf(parameters);
    }
}
