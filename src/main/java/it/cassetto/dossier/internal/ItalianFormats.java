package it.cassetto.dossier.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
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
}
