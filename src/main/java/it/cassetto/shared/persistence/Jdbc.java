package it.cassetto.shared.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The few lines of plain JDBC the feature stores share: run a statement with positional parameters
 * ({@link Instant} stored as UTC, {@link LocalDate} as DATE) on a connection of the container's data source
 * (so inside the caller's JTA transaction), map the rows, return generated keys. SQL errors become
 * {@link IllegalStateException}s naming the statement.
 */
public final class Jdbc {

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final DataSource dataSource;

    public Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> List<T> query(String sql, List<Object> parameters, RowMapper<T> mapper) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }

    public <T> Optional<T> queryOne(String sql, List<Object> parameters, RowMapper<T> mapper) {
        List<T> rows = query(sql, parameters, mapper);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    /** Inserts one row and returns its generated key. */
    public long insert(String sql, List<Object> parameters) {
        try {
            return insertOrThrow(sql, parameters);
        } catch (SQLIntegrityConstraintViolationException e) {
            throw new IllegalStateException("Insert failed: " + sql, e);
        }
    }

    /** Inserts one row and returns its generated key; a violated constraint is the caller's to handle. */
    public long insertOrThrow(String sql, List<Object> parameters) throws SQLIntegrityConstraintViolationException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, parameters);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLIntegrityConstraintViolationException e) {
            throw e;
        } catch (SQLException e) {
            throw new IllegalStateException("Insert failed: " + sql, e);
        }
    }

    /** Runs an UPDATE, DELETE or INSERT and returns the number of rows it changed. */
    public int update(String sql, List<Object> parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Update failed: " + sql, e);
        }
    }

    /** Sets positional parameters: Instant as a UTC DATETIME, LocalDateTime as is, LocalDate as DATE. */
    public static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof Instant instant) {
                statement.setTimestamp(i + 1, Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)));
            } else if (value instanceof LocalDateTime dateTime) {
                statement.setTimestamp(i + 1, Timestamp.valueOf(dateTime));
            } else if (value instanceof LocalDate date) {
                statement.setDate(i + 1, java.sql.Date.valueOf(date));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    /** A UTC DATETIME column as an Instant; null stays null. */
    public static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
