package it.cassetto.shared.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes CSV the way Italian spreadsheets read it: {@code ;} separator, CRLF line ends, dates as
 * dd/MM/yyyy, periods as MM/yyyy, amounts as 1.234,56. Text that a spreadsheet would take for a formula
 * is prefixed with an apostrophe.
 */
public final class ItalianCsv {

    public static final char SEPARATOR = ';';
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("MM/yyyy");

    private final Writer out;

    public ItalianCsv(Writer out) {
        this.out = out;
    }

    public void row(List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(SEPARATOR);
                }
                out.write(quote(cells.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One cell's text: dates, periods and amounts in Italian form, anything else as text. */
    public static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof YearMonth period) {
            return PERIOD.format(period);
        }
        if (value instanceof BigDecimal amount) {
            return amount(amount);
        }
        return value.toString();
    }

    public static String amount(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ITALY));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(amount);
    }

    static String quote(String cell) {
        if (cell == null) {
            return "";
        }
        String text = cell;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !looksNumeric(text)) {
            text = "'" + text;
        }
        if (text.indexOf(SEPARATOR) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static boolean looksNumeric(String text) {
        return text.matches("-[0-9.]+(,[0-9]+)?");
    }
}
