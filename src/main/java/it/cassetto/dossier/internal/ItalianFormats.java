package it.cassetto.dossier.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the dossier writes values, the Italian way: 1.234,56 for amounts, 31/12/2025, 12/2025. */
public final class ItalianFormats {

    private static final Locale ITALIAN = Locale.ITALY;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", ITALIAN);
    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("MM/yyyy", ITALIAN);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'ore' HH:mm:ss",
            ITALIAN);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", ITALIAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", ITALIAN);
    private static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    private ItalianFormats() {
    }

    public static String amount(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(ITALIAN));
        return format.format(value.setScale(2, RoundingMode.HALF_EVEN));
    }

    public static String integer(long value) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(ITALIAN));
        return format.format(value);
    }

    public static String date(LocalDate value) {
        return value == null ? "" : DATE.format(value);
    }

    public static String period(YearMonth value) {
        return value == null ? "" : PERIOD.format(value);
    }

    public static String dateTime(ZonedDateTime value) {
        return value == null ? "" : DATE_TIME.format(value);
    }

    /** The day of an instant in Italy: 31/12/2025. */
    public static String dateInItaly(Instant value) {
        return value == null ? "" : DATE.format(value.atZone(ITALY));
    }

    /** An instant to the minute, Italian time: 31/12/2025 09:05. */
    public static String minuteInItaly(Instant value) {
        return value == null ? "" : MINUTE.format(value.atZone(ITALY));
    }

    /** A span of wall-clock time on one day: 31/12/2025 09:00-09:30 (the end's day is not repeated). */
    public static String span(LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            return "";
        }
        String from = MINUTE.format(start);
        if (end == null) {
            return from;
        }
        return from + "-" + (end.toLocalDate().equals(start.toLocalDate()) ? TIME.format(end) : MINUTE.format(end));
    }
}
