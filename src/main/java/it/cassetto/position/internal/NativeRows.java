package it.cassetto.position.internal;

import it.cassetto.position.ColumnType;
import it.cassetto.position.SectionRow;
import it.cassetto.position.internal.SectionDefinition.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import it.cassetto.shared.persistence.JdbcValues;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Runs {@link SqlQuery}s through the entity manager and converts the raw values to the API's types. */
public final class NativeRows {

    private NativeRows() {
    }

    public static Query query(EntityManager em, SqlQuery sql) {
        Query query = em.createNativeQuery(sql.sql());
        for (int i = 0; i < sql.parameters().size(); i++) {
            query.setParameter(i + 1, jdbcValue(sql.parameters().get(i)));
        }
        return query;
    }

    /** Dates as java.sql.Date, which every JDBC driver and JPA provider binds alike. */
    public static Object jdbcValue(Object value) {
        return value instanceof LocalDate date ? Date.valueOf(date) : value;
    }

    @SuppressWarnings("unchecked")
    public static List<Object[]> list(EntityManager em, SqlQuery sql) {
        List<?> rows = query(em, sql).getResultList();
        List<Object[]> result = new ArrayList<>(rows.size());
        for (Object row : rows) {
            result.add(row instanceof Object[] array ? array : new Object[] {row});
        }
        return result;
    }

    public static long count(EntityManager em, SqlQuery sql) {
        return ((Number) query(em, sql).getSingleResult()).longValue();
    }

    /** A runner of queries through the (container-managed) entity manager. */
    public static SqlRunner runner(EntityManager em) {
        return sql -> list(em, sql);
    }

    /** Rows whose first value is the id, followed by one value per column. */
    public static List<SectionRow> sectionRows(List<Object[]> rows, List<Column> columns) {
        List<SectionRow> result = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            List<Object> values = new ArrayList<>(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                values.add(convert(row[i + 1], columns.get(i).type()));
            }
            result.add(new SectionRow(((Number) row[0]).longValue(), values));
        }
        return result;
    }

    public static Object convert(Object value, ColumnType type) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case TEXT, CODE -> value.toString();
            case DATE -> date(value);
            case PERIOD -> YearMonth.from(date(value));
            case AMOUNT -> value instanceof BigDecimal amount ? amount : new BigDecimal(value.toString());
            case NUMBER -> ((Number) value).intValue();
        };
    }

    public static LocalDate date(Object value) {
        return JdbcValues.localDate(value);
    }

    public static BigDecimal amount(Object value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : (BigDecimal) convert(value, ColumnType.AMOUNT);
    }
}
