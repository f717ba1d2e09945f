package it.cassetto.position.ui;

import com.vaadin.flow.component.Component;
import it.cassetto.position.ColumnType;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Shows the values of the sections in Italian formats, whatever the interface language: dates as
 * 31/12/2026, periods as 12/2026, amounts as 1.234,56 €; codes through their translated label.
 */
final class SectionFormats {

    static final Locale ITALY = Locale.ITALY;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", ITALY);
    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("MM/yyyy", ITALY);

    private SectionFormats() {
    }

    static String format(Component context, ColumnType type, Object value) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case DATE -> value instanceof LocalDate date ? DATE.format(date) : value.toString();
            case PERIOD -> value instanceof YearMonth period ? PERIOD.format(period) : value.toString();
            case AMOUNT -> amount(value instanceof BigDecimal amount ? amount : new BigDecimal(value.toString()));
            case NUMBER -> NumberFormat.getIntegerInstance(ITALY).format(value);
            case CODE -> context.getTranslation("code." + value);
            case TEXT -> value.toString();
        };
    }

    static String amount(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(ITALY).format(amount);
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** Parses "MM/AAAA" (or "M/AAAA"); null for a blank text; throws for anything else. */
    static YearMonth parsePeriod(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.strip().split("/");
        if (parts.length != 2 || !parts[0].matches("[0-9]{1,2}") || !parts[1].matches("[0-9]{4}")) {
            throw new IllegalArgumentException("Not a period: " + text);
        }
        int month = Integer.parseInt(parts[0]);
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("Not a month: " + text);
        }
        return YearMonth.of(Integer.parseInt(parts[1]), month);
    }
}
