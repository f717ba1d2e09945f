package it.cassetto.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SupportedLanguageTest {

    @Test
    void italianIsTheDefault() {
        assertThat(SupportedLanguage.DEFAULT).isEqualTo(SupportedLanguage.ITALIAN);
    }

    @Test
    void aRegionalVariantMapsToItsLanguage() {
        assertThat(SupportedLanguage.of(Locale.forLanguageTag("en-GB"))).isEqualTo(SupportedLanguage.ENGLISH);
        assertThat(SupportedLanguage.of(Locale.forLanguageTag("it-CH"))).isEqualTo(SupportedLanguage.ITALIAN);
    }

    @Test
    void anUnsupportedOrMissingLocaleGivesItalian() {
        assertThat(SupportedLanguage.of(Locale.FRENCH)).isEqualTo(SupportedLanguage.ITALIAN);
        assertThat(SupportedLanguage.of(null)).isEqualTo(SupportedLanguage.ITALIAN);
    }

    @Test
    void anUnknownTagIsNotALanguage() {
        assertThat(SupportedLanguage.fromTag("fr")).isEmpty();
        assertThat(SupportedLanguage.fromTag(null)).isEmpty();
    }
}
