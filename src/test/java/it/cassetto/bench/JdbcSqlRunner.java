package it.cassetto.bench;

import it.cassetto.position.internal.NativeRows;
import it.cassetto.position.internal.SqlQuery;
import it.cassetto.position.internal.SqlRunner;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the services' {@link SqlQuery}s over plain JDBC, binding their numbered parameters ({@code ?1}, which
 * may repeat) as JPA does, and counts the statements it executes.
 */
final class JdbcSqlRunner implements SqlRunner {

    private static final Pattern NUMBERED = Pattern.compile("\\?(\\d+)");

    private final Connection connection;
    private long statements;

    JdbcSqlRunner(Connection connection) {
        this.connection = connection;
    }

    @Override
    public List<Object[]> list(SqlQuery query) {
        return list(query, 0);
    }

    /** As {@link #list(SqlQuery)}, returning at most maxRows rows (0: all), like JPA's setMaxResults. */
    List<Object[]> list(SqlQuery query, int maxRows) {
        try (PreparedStatement statement = prepare(connection, query)) {
            if (maxRows > 0) {
                statement.setMaxRows(maxRows);
            }
            statements++;
            try (ResultSet rows = statement.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                List<Object[]> result = new ArrayList<>();
                while (rows.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rows.getObject(i + 1);
                    }
                    result.add(row);
                }
                return result;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Failed: " + query.sql(), e);
        }
    }

    long statements() {
        return statements;
    }

    /** The statement with JDBC's plain markers, each bound to the value its number names. */
    static PreparedStatement prepare(Connection connection, SqlQuery query) throws SQLException {
        return prepare(connection, "", query);
    }

    static PreparedStatement prepare(Connection connection, String prefix, SqlQuery query) throws SQLException {
        Matcher matcher = NUMBERED.matcher(query.sql());
        List<Object> values = new ArrayList<>();
        StringBuilder sql = new StringBuilder(prefix);
        while (matcher.find()) {
            values.add(NativeRows.jdbcValue(query.parameters().get(Integer.parseInt(matcher.group(1)) - 1)));
            matcher.appendReplacement(sql, "?");
        }
        matcher.appendTail(sql);
        PreparedStatement statement = connection.prepareStatement(sql.toString());
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
        return statement;
    }
}
