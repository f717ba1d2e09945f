package it.cassetto.shared.value;

import java.util.Objects;

/**
 * Matricola: the ten-digit number INPS gives a private employer's contribution position (matricola
 * aziendale). It carries no public check digit, so only its form is checked.
 */
public record Matricola(String value) {

    public Matricola {
        Objects.requireNonNull(value, "value");
        value = value.strip();
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a valid matricola: " + value);
        }
    }

    public static Matricola of(String value) {
        return new Matricola(value);
    }

    public static boolean isValid(String text) {
        return text != null && text.strip().matches("[0-9]{10}");
    }

    @Override
    public String toString() {
        return value;
    }
}
