package it.cassetto.shared.value;

import java.util.Objects;

/** An Italian partita IVA (VAT number): 11 digits, the last one a Luhn-style check digit. */
public record PartitaIva(String value) {

    public PartitaIva {
        Objects.requireNonNull(value, "value");
        value = value.strip();
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a valid partita IVA: " + value);
        }
    }

    public static PartitaIva of(String value) {
        return new PartitaIva(value);
    }

    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        String code = text.strip();
        if (!code.matches("[0-9]{11}") || code.startsWith("0000000")) {
            return false;
        }
        return code.charAt(10) - '0' == checkDigit(code.substring(0, 10));
    }

    /** The check digit of the first ten digits. */
    public static int checkDigit(String first10) {
        if (!first10.matches("[0-9]{10}")) {
            throw new IllegalArgumentException("Expected ten digits: " + first10);
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int digit = first10.charAt(i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
