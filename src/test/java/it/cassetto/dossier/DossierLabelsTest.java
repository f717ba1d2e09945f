package it.cassetto.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every label the dossier asks for by a literal key is in the Italian and the English bundle. */
class DossierLabelsTest {

    private static final Pattern KEY = Pattern.compile("\"((?:dossier|delegation\\.kind|masterData|app)\\.[a-zA-Z.-]+)\"");

    @Test
    void everyLiteralDossierKey_isInBothBundles() throws IOException {
        ResourceBundle italian = bundle(Locale.ITALIAN);
        ResourceBundle english = bundle(Locale.ENGLISH);
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/it/cassetto/dossier"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher keys = KEY.matcher(Files.readString(source));
                while (keys.find()) {
                    String key = keys.group(1);
                    if (!key.endsWith(".") && (!italian.containsKey(key) || !english.containsKey(key))) {
                        missing.add(key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
        for (String kind : Set.of("INTERMEDIARY", "INTERMEDIARY_STAFF", "ENTITY_EMPLOYEE")) {
            assertThat(italian.containsKey("delegation.kind." + kind)).isTrue();
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("vaadin-i18n.translations", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
