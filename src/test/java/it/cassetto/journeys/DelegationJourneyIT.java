package it.cassetto.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import it.cassetto.delegation.internal.DelegationMessages;
import it.cassetto.demo.DemoFacts;
import it.cassetto.devstack.DemoUsers;
import it.cassetto.devstack.DevStack;
import it.cassetto.devstack.DevStackSessionListener;
import it.cassetto.devstack.MailCatcher.ReceivedMail;
import it.cassetto.devstack.StackSettings;
import it.cassetto.testing.BrowserSession;
import it.cassetto.testing.PortalPage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The delegation life cycle as the demo intermediary lives it, in real Chromium against the whole stack:
 * ask for a delegation on a new position, read the one-time code from the PEC in the mail catcher, activate
 * it, find the position in Ricerca, sub-delegate it to the staff user who then finds it too, revoke it, and
 * neither reaches it any more.
 */
class DelegationJourneyIT {

    private static final Pattern CODE = Pattern.compile("Codice OTP: ([A-Z0-9]{5}-[A-Z0-9]{5})");
    private static final Pattern REQUEST_NUMBER = Pattern.compile("Richiesta n\\. (\\d+)");

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    private DevStack stack;
    private PortalPage portal;
    private String chosenMatricola;

    @BeforeEach
    void openThePortal() {
        stack = DevStackSessionListener.stack();
        portal = new PortalPage(browser.driver(), stack.settings().portalUrl());
    }

    @Test
    void intermediary_activatesADelegationWithThePecCode_subDelegatesIt_andRevokesIt() throws Exception {
        String[] position = freePosition();
        String matricola = position[0];
        chosenMatricola = matricola;
        String pec = position[1];
        portal.open("").logInAs("intermediario", DemoUsers.PASSWORD).ensureLanguage("Italiano", "Esci");
        awaitFound(matricola, "Nessuna posizione");

        portal.click("nav-delegations", "delegations-view").click("new-delegation", "delegation-search");
        portal.type("delegation-search", matricola).click("delegation-search-button", "delegation-candidates");
        portal.clickCss("#delegation-candidates vaadin-button");
        portal.click("delegation-submit", "delegation-requested").awaitText("delegation-requested", "Richiesta n.");
        Matcher number = REQUEST_NUMBER.matcher(portal.text("delegation-requested"));
        assertThat(number.find()).isTrue();
        long delegationId = Long.parseLong(number.group(1));

        String code = codeFromPec(matricola, pec);
        portal.click("delegation-enter-code", "activation-code").type("activation-code", code);
        portal.clickCss("#activation-declaration");
        portal.click("activation-submit", "delegations-grid");
        portal.awaitText("delegations-grid", "Attiva");
        awaitFound(matricola, "1 posizione");

        portal.click("nav-delegations", "delegations-view").click("sub-delegate-" + delegationId, "sub-staff");
        portal.click("sub-submit", "sub-delegations-grid").awaitText("sub-delegations-grid", "collaboratore");

        switchUser("collaboratore");
        awaitFound(matricola, "1 posizione");

        switchUser("intermediario");
        portal.click("nav-delegations", "delegations-view").click("revoke-" + delegationId, "confirmation-confirm");
        portal.click("confirmation-confirm", "delegations-grid").awaitText("delegations-grid", "Revocata");
        awaitFound(matricola, "Nessuna posizione");

        switchUser("collaboratore");
        awaitFound(matricola, "Nessuna posizione");
    }

    /** Whatever happened above, the position is left without delegations, as it was found. */
    @AfterEach
    void revokeWhatThisJourneyCreated() throws Exception {
        if (chosenMatricola == null) {
            return;
        }
        try (Connection c = DriverManager.getConnection(stack.settings().jdbcUrl(), StackSettings.DB_USER,
                StackSettings.DB_PASSWORD);
             PreparedStatement s = c.prepareStatement("UPDATE delegation d JOIN contribution_position p"
                     + " ON p.id = d.position_id SET d.status = 'REVOKED' WHERE p.matricola = ?"
                     + " AND d.status IN ('REQUESTED', 'ACTIVE')");
             PreparedStatement subs = c.prepareStatement("UPDATE sub_delegation s JOIN delegation d"
                     + " ON d.id = s.delegation_id JOIN contribution_position p ON p.id = d.position_id"
                     + " SET s.status = 'REVOKED' WHERE p.matricola = ? AND s.status = 'ACTIVE'")) {
            s.setString(1, chosenMatricola);
            s.executeUpdate();
            subs.setString(1, chosenMatricola);
            subs.executeUpdate();
        }
    }

    /** Searches Ricerca posizioni for the matricola and waits for the expected count ("1 posizione", ...). */
    private void awaitFound(String matricola, String expectedCount) {
        portal.click("nav-positions", "position-search-view").type("position-search-query", matricola);
        portal.awaitText("position-search-count", expectedCount);
        assertThat(portal.text("position-search-count")).isEqualTo(expectedCount);
    }

    private void switchUser(String username) {
        portal.logOut().loginAgain().logInAs(username, DemoUsers.PASSWORD).ensureLanguage("Italiano", "Esci");
    }

    private String codeFromPec(String matricola, String pec) {
        String subject = DelegationMessages.codeMailSubject(matricola);
        List<ReceivedMail> mails = stack.mail().awaitMessagesTo(pec, 1, Duration.ofSeconds(30));
        ReceivedMail mail = mails.stream().filter(m -> m.subject().equals(subject)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no PEC '" + subject + "' in " + mails));
        Matcher m = CODE.matcher(mail.text());
        assertThat(m.find()).as("the PEC carries the code").isTrue();
        return m.group(1);
    }

    /** A private position with a PEC address that no firm holds or awaits a delegation for: matricola, PEC. */
    private String[] freePosition() throws Exception {
        StackSettings settings = stack.settings();
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), StackSettings.DB_USER,
                StackSettings.DB_PASSWORD);
             PreparedStatement s = c.prepareStatement("SELECT p.matricola, ct.pec FROM contribution_position p"
                     + " JOIN contributor ct ON ct.id = p.contributor_id WHERE p.kind = 'PRIVATE_EMPLOYER'"
                     + " AND ct.pec IS NOT NULL AND p.id > ? AND NOT EXISTS (SELECT 1 FROM delegation d"
                     + " WHERE d.position_id = p.id AND d.status IN ('REQUESTED', 'ACTIVE', 'LOCKED'))"
                     + " ORDER BY p.id DESC LIMIT 1")) {
            s.setLong(1, DemoFacts.FIXED_POSITIONS);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).as("a free demo position").isTrue();
                return new String[] {r.getString(1), r.getString(2)};
            }
        }
    }
}
