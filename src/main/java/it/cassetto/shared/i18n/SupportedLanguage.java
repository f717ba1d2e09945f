package it.cassetto.shared.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The interface languages: Italian first (the default), English second. */
public enum SupportedLanguage {
    ITALIAN(Locale.ITALIAN, "Italiano"),
    ENGLISH(Locale.ENGLISH, "English");

    private final Locale locale;
    private final String nativeName;

    SupportedLanguage(Locale locale, String nativeName) {
        this.locale = locale;
        this.nativeName = nativeName;
    }

    public static final SupportedLanguage DEFAULT = ITALIAN;

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, as the switch shows it whatever the current language. */
    public String nativeName() {
        return nativeName;
    }

    public String tag() {
        return locale.toLanguageTag();
    }

    public static Optional<SupportedLanguage> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag).getLanguage();
        return Arrays.stream(values()).filter(l -> l.locale.getLanguage().equals(language)).findFirst();
    }

    public static SupportedLanguage of(Locale locale) {
        return locale == null ? DEFAULT : fromTag(locale.toLanguageTag()).orElse(DEFAULT);
    }
}
