package it.cassetto.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo users of the realm file in {@code server-config/keycloak}, read from that file so that the
 * list printed by the run command and used by the tests can never drift from what Keycloak imports.
 */
public final class DemoUsers {

    /** Every demo user's password. */
    public static final String PASSWORD = "demo";

    /** One demo user: login, full name, portal role, fiscal code and e-mail. */
    public record DemoUser(String username, String fullName, String role, String fiscalCode, String email) {
    }

    private DemoUsers() {
    }

    public static List<DemoUser> read(Path realmFile) {
        try {
            JsonNode realm = new ObjectMapper().readTree(realmFile.toFile());
            List<DemoUser> users = new ArrayList<>();
            for (JsonNode user : realm.path("users")) {
                String role = "";
                for (JsonNode realmRole : user.path("realmRoles")) {
                    if (!realmRole.asText().startsWith("default-roles")) {
                        role = realmRole.asText();
                    }
                }
                users.add(new DemoUser(user.path("username").asText(),
                        (user.path("firstName").asText() + " " + user.path("lastName").asText()).trim(),
                        role,
                        user.path("attributes").path("fiscal_code").path(0).asText(""),
                        user.path("email").asText()));
            }
            return users;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo users from " + realmFile, e);
        }
    }

    /** The demo user with this login. */
    public static DemoUser byUsername(Path realmFile, String username) {
        return read(realmFile).stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo user " + username + " in " + realmFile));
    }
}
