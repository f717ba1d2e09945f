package it.cassetto.demo.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Inserts rows into one table with multi-row {@code INSERT ... VALUES (...), (...)} statements of up to
 * {@code rowsPerStatement} rows, reusing the prepared statement for full batches. Call {@link #flush()}
 * at the end.
 */
public final class MultiRowInsert implements AutoCloseable {

    private final Connection connection;
    private final String prefix;
    private final int columns;
    private final int rowsPerStatement;
    private final List<Object[]> pending = new ArrayList<>();
    private PreparedStatement fullStatement;
    private long inserted;

    public MultiRowInsert(Connection connection, String table, String columnList, int rowsPerStatement) {
        this.connection = connection;
        this.columns = columnList.split(",").length;
        this.prefix = "INSERT INTO " + table + " (" + columnList + ") VALUES ";
        this.rowsPerStatement = rowsPerStatement;
    }

    public void add(Object... values) throws SQLException {
        if (values.length != columns) {
            throw new IllegalArgumentException("Expected " + columns + " values, got " + values.length);
        }
        pending.add(values);
        if (pending.size() == rowsPerStatement) {
            if (fullStatement == null) {
                fullStatement = connection.prepareStatement(sql(rowsPerStatement));
            }
            execute(fullStatement);
        }
    }

    public void flush() throws SQLException {
        if (!pending.isEmpty()) {
            try (PreparedStatement statement = connection.prepareStatement(sql(pending.size()))) {
                execute(statement);
            }
        }
    }

    public long inserted() {
        return inserted;
    }

    private void execute(PreparedStatement statement) throws SQLException {
        int index = 1;
        for (Object[] row : pending) {
            for (Object value : row) {
                statement.setObject(index++, value);
            }
        }
        statement.executeUpdate();
        inserted += pending.size();
        pending.clear();
    }

    String sql(int rows) {
        StringBuilder one = new StringBuilder("(");
        for (int i = 0; i < columns; i++) {
            one.append(i == 0 ? "?" : ",?");
        }
        one.append(')');
        StringBuilder sql = new StringBuilder(prefix.length() + rows * (one.length() + 1));
        sql.append(prefix);
        for (int i = 0; i < rows; i++) {
            if (i > 0) {
                sql.append(',');
            }
            sql.append(one);
        }
        return sql.toString();
    }

    @Override
    public void close() throws SQLException {
        if (fullStatement != null) {
            fullStatement.close();
        }
    }
}
