package it.cassetto.request.internal;

import java.util.List;

/** A SQL statement with its JDBC parameters in order ({@code ?} placeholders). */
public record Sql(String text, List<Object> parameters) {

    public Sql {
        parameters = List.copyOf(parameters);
    }
}
