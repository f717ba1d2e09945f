package it.cassetto.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key the code asks for literally ({@code getTranslation("some.key")}) is in the Italian bundle
 * (and so, by TranslationProviderTest, in the English one): a missing key would show as !key! to users.
 */
class TranslationKeysTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\"([a-zA-Z0-9.-]+)\"");

    @Test
    void everyLiteralKeyUsedInTheCodeHasATranslation() throws IOException {
        Properties italian = new Properties();
        try (InputStream in = TranslationKeysTest.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            italian.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher keys = LITERAL_KEY.matcher(Files.readString(source));
                while (keys.find()) {
                    String key = keys.group(1);
                    if (!key.endsWith(".") && !italian.containsKey(key)) {
                        missing.add(key + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("keys used in the code but missing from translations.properties").isEmpty();
    }
}
