package it.cassetto.position;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * Ricerca criteria, all optional: fiscal code (prefix, at least 3 characters), Matricola (exact), holder
 * name (prefix, at least 2 characters), kind and status.
 */
public record PositionSearchCriteria(@Size(max = 16) @Pattern(regexp = "[A-Za-z0-9]*") String fiscalCode,
                                     @Pattern(regexp = "[0-9]{0,10}") String matricola,
                                     @Size(max = 100) String name, PositionKind kind, PositionStatus status) {

    public static final PositionSearchCriteria ANY = new PositionSearchCriteria(null, null, null, null, null);

    public PositionSearchCriteria {
        fiscalCode = blankToNull(fiscalCode) == null ? null : fiscalCode.strip().toUpperCase(Locale.ROOT);
        matricola = blankToNull(matricola) == null ? null : matricola.strip();
        name = blankToNull(name) == null ? null : name.strip();
    }

    /**
     * Criteria from one free-text box: ten digits are a Matricola, eleven digits or a 16-character code a
     * fiscal code, anything else the start of the name.
     */
    public static PositionSearchCriteria fromText(String text) {
        String value = blankToNull(text);
        if (value == null) {
            return ANY;
        }
        value = value.strip();
        if (value.matches("[0-9]{10}")) {
            return new PositionSearchCriteria(null, value, null, null, null);
        }
        if (value.matches("[0-9]{11}") || value.matches("[A-Za-z0-9]{16}")) {
            return new PositionSearchCriteria(value, null, null, null, null);
        }
        return new PositionSearchCriteria(null, null, value, null, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
