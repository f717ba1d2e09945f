package it.cassetto.shared.value;

import java.math.BigDecimal;

/** A range of amounts in euro, either end open, both ends included. */
public record AmountRange(BigDecimal min, BigDecimal max) {

    public static final AmountRange ANY = new AmountRange(null, null);

    public AmountRange {
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("Amount range from " + min + " above " + max);
        }
    }
}
