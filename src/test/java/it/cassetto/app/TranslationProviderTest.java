package it.cassetto.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TranslationProviderTest {

    private final TranslationProvider provider = new TranslationProvider();

    @Test
    void italianIsServedFromTheBaseBundle_evenWhenTheJvmDefaultIsEnglish() {
        Locale previous = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            assertThat(provider.getTranslation("layout.logout", Locale.ITALIAN)).isEqualTo("Esci");
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void englishIsServedFromTheEnglishBundle() {
        assertThat(provider.getTranslation("layout.logout", Locale.ENGLISH)).isEqualTo("Log out");
    }

    @Test
    void anUnsupportedLocaleFallsBackToItalian() {
        assertThat(provider.getTranslation("layout.logout", Locale.GERMAN)).isEqualTo("Esci");
    }

    @Test
    void parametersAreFormatted() {
        assertThat(provider.getTranslation("home.greeting", Locale.ITALIAN, "Giulia Bianchi"))
                .isEqualTo("Benvenuto, Giulia Bianchi");
    }

    @Test
    void aMissingKeyIsMadeVisible() {
        assertThat(provider.getTranslation("no.such.key", Locale.ITALIAN)).isEqualTo("!no.such.key!");
    }

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() throws IOException {
        Properties italian = load("/vaadin-i18n/translations.properties");
        Properties english = load("/vaadin-i18n/translations_en.properties");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(italian.stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationProviderTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
