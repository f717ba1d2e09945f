package it.cassetto.shared.persistence;

import java.sql.Date;
import java.time.LocalDate;

/** Converts the values that native queries return (JDBC types, varying by driver) to Java types. */
public final class JdbcValues {

    private JdbcValues() {
    }

    /** A DATE column's value as a {@link LocalDate}; null stays null. */
    public static LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate localDate) {
            return localDate;
        }
        if (value instanceof Date sqlDate) {
            return sqlDate.toLocalDate();
        }
        if (value instanceof java.util.Date utilDate) {
            return new Date(utilDate.getTime()).toLocalDate();
        }
        throw new IllegalArgumentException("Not a date: " + value.getClass());
    }

    /** A DATETIME column holding UTC (as every timestamp here) as an {@link java.time.Instant}; null stays null. */
    public static java.time.Instant utcInstant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.util.Date date) {
            return new java.sql.Timestamp(date.getTime()).toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("Not a timestamp: " + value.getClass());
    }

    /** An instant as the UTC {@link java.sql.Timestamp} that a DATETIME column stores; null stays null. */
    public static java.sql.Timestamp utcTimestamp(java.time.Instant instant) {
        return instant == null ? null
                : java.sql.Timestamp.valueOf(java.time.LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC));
    }
}
