package it.cassetto.demo.internal;

import it.cassetto.shared.value.CodiceFiscale;
import it.cassetto.shared.value.PartitaIva;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Makes valid codici fiscali (for people, from name, birth date and place) and partite IVA, with the
 * check characters of {@link CodiceFiscale} and {@link PartitaIva}, never the same twice.
 */
public final class FiscalCodes {

    private static final String MONTHS = "ABCDEHLMPRST";
    private final Random random;
    private final Set<String> used = new HashSet<>();

    public FiscalCodes(Random random) {
        this.random = random;
    }

    /** Reserves codes that exist already (the demo users'), so that they are never generated. */
    public void reserve(String code) {
        used.add(code);
    }

    /** A person's code; on the rare clash, the birth day moves. */
    public String person(String surname, String name, boolean female, LocalDate birth, String birthPlace) {
        for (int attempt = 0; ; attempt++) {
            String code = personCode(surname, name, female, birth.plusDays(attempt), birthPlace);
            if (used.add(code)) {
                return code;
            }
        }
    }

    public static String personCode(String surname, String name, boolean female, LocalDate birth, String birthPlace) {
        String first15 = surnamePart(surname) + namePart(name) + String.format("%02d", birth.getYear() % 100)
                + MONTHS.charAt(birth.getMonthValue() - 1)
                + String.format("%02d", birth.getDayOfMonth() + (female ? 40 : 0)) + birthPlace;
        return first15 + CodiceFiscale.checkCharacter(first15);
    }

    /** A partita IVA: seven-digit number, three-digit tax office, check digit. */
    public String partitaIva() {
        while (true) {
            String first10 = String.format("%07d%03d", 1 + random.nextInt(9_999_999), 1 + random.nextInt(100));
            String code = first10 + PartitaIva.checkDigit(first10);
            if (used.add(code)) {
                return code;
            }
        }
    }

    /** The numeric codice fiscale of an entity without VAT number (public bodies, associations): 8 or 9 first. */
    public String entity() {
        while (true) {
            String first10 = (random.nextBoolean() ? "8" : "9") + String.format("%09d", random.nextInt(1_000_000_000));
            String code = first10 + PartitaIva.checkDigit(first10);
            if (used.add(code) && !code.startsWith("0000000")) {
                return code;
            }
        }
    }

    static String surnamePart(String surname) {
        String letters = letters(surname);
        String part = consonants(letters) + vowels(letters) + "XXX";
        return part.substring(0, 3);
    }

    static String namePart(String name) {
        String letters = letters(name);
        String consonants = consonants(letters);
        if (consonants.length() >= 4) {
            return "" + consonants.charAt(0) + consonants.charAt(2) + consonants.charAt(3);
        }
        return (consonants + vowels(letters) + "XXX").substring(0, 3);
    }

    private static String letters(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
    }

    private static String consonants(String letters) {
        return letters.replaceAll("[AEIOU]", "");
    }

    private static String vowels(String letters) {
        return letters.replaceAll("[^AEIOU]", "");
    }
}
