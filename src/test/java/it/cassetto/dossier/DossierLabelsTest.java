package it.cassetto.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import it.cassetto.appointment.AppointmentStatus;
import it.cassetto.request.Outcome;
import it.cassetto.request.RequestStatus;
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

/**
 * Every label the dossier asks for by a literal key is in the Italian and the English bundle, and so are the
 * labels it builds from the codes of delegations, requests and appointments.
 */
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
        Set<String> computed = new TreeSet<>();
        for (RequestStatus status : RequestStatus.values()) {
            computed.add(status.labelKey());
        }
        for (Outcome outcome : Outcome.values()) {
            computed.add(outcome.labelKey());
        }
        for (AppointmentStatus status : AppointmentStatus.values()) {
            computed.add("dossier.appointment.status." + status.name());
        }
        assertThat(computed).as("labels of the requests' and appointments' codes")
                .allSatisfy(key -> assertThat(italian.containsKey(key) && english.containsKey(key)).as(key).isTrue());
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("vaadin-i18n.translations", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
