package it.cassetto.shared.value;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An Italian codice fiscale (tax code): the 16-character code of a person (omocodia substitutions
 * allowed) or the 11-digit numeric code of a legal entity, both checked with their real check character.
 */
public record CodiceFiscale(String value) {

    private static final Pattern PERSON = Pattern.compile(
            "[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]");
    private static final Pattern ENTITY = Pattern.compile("[0-9]{11}");
    /** Values of the characters in odd positions (1-based), indexed by digit 0-9 then letter A-Z. */
    private static final int[] ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
            1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};

    public CodiceFiscale {
        Objects.requireNonNull(value, "value");
        value = normalize(value);
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a valid codice fiscale: " + value);
        }
    }

    public static CodiceFiscale of(String value) {
        return new CodiceFiscale(value);
    }

    /** Whether the text, once trimmed and upper-cased, is a codice fiscale with a correct check character. */
    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        String code = normalize(text);
        if (ENTITY.matcher(code).matches()) {
            return PartitaIva.isValid(code);
        }
        return PERSON.matcher(code).matches() && code.charAt(15) == checkCharacter(code.substring(0, 15));
    }

    /** The check character of the first 15 characters of a personal codice fiscale. */
    public static char checkCharacter(String first15) {
        if (first15.length() != 15) {
            throw new IllegalArgumentException("Expected 15 characters: " + first15);
        }
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = first15.charAt(i);
            int index = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            if (index < 0 || index >= ODD.length) {
                throw new IllegalArgumentException("Invalid character in codice fiscale: " + c);
            }
            // Position i+1 is odd when i is even.
            sum += i % 2 == 0 ? ODD[index] : (Character.isDigit(c) ? c - '0' : c - 'A');
        }
        return (char) ('A' + sum % 26);
    }

    /** Whether this is the code of a person (16 characters) rather than of a legal entity (11 digits). */
    public boolean isPerson() {
        return value.length() == 16;
    }

    private static String normalize(String text) {
        return text.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
