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
}
