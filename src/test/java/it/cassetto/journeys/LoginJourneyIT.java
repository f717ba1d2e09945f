package it.cassetto.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import it.cassetto.devstack.DemoUsers;
import it.cassetto.devstack.DevStack;
import it.cassetto.devstack.DevStackSessionListener;
import it.cassetto.testing.BrowserSession;
import it.cassetto.testing.PortalPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Logging in and out through the real Keycloak, in real headless Chromium, against the whole test
 * stack: the portal on Payara Micro, MariaDB and Keycloak with the project's realm.
 */
class LoginJourneyIT {

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    private ChromeDriver driver;
    private PortalPage portal;

    @BeforeEach
    void openPortal() {
        DevStack stack = DevStackSessionListener.stack();
        driver = browser.driver();
        portal = new PortalPage(driver, stack.settings().portalUrl());
    }

    @Test
    void intermediary_logsIn_switchesLanguage_andLogsOut() {
        portal.open("");
        assertThat(portal.awaitLoginPage().isOnLoginPage()).as("an anonymous visit goes to the login page").isTrue();

        portal.logInAs("intermediario", DemoUsers.PASSWORD).ensureLanguage("Italiano", "Esci");
        assertThat(portal.userName()).isEqualTo("Giulia Bianchi");
        assertThat(portal.userRole()).isEqualTo("Intermediario");
        assertThat(portal.logoutLabel()).isEqualTo("Esci");
        assertThat(portal.htmlLang()).isEqualTo("it");
        assertThat(portal.mainText()).contains("Benvenuto, Giulia Bianchi");

        portal.switchLanguageTo("English", "Log out");
        assertThat(portal.userRole()).isEqualTo("Intermediary");
        assertThat(portal.mainText()).contains("Welcome, Giulia Bianchi");
        assertThat(portal.htmlLang()).isEqualTo("en");

        portal.switchLanguageTo("Italiano", "Esci");
        assertThat(portal.userRole()).isEqualTo("Intermediario");

        portal.logOut();
        assertThat(portal.isOnLoggedOutPage()).as("after logout the logged-out page is shown").isTrue();
        assertThat(portal.isShown("current-user-name")).isFalse();

        driver.navigate().back();
        assertThat(portal.isShown("current-user-name")).as("the back button shows no portal data").isFalse();
        assertThat(portal.isShown("main-content")).as("the back button shows no portal page").isFalse();

        portal.open("");
        assertThat(portal.awaitLoginPage().isOnLoginPage()).as("the Keycloak session ended too").isTrue();
    }

    @Test
    void theChosenLanguage_isRememberedAtTheNextLogin() {
        portal.open("").logInAs("collaboratore", DemoUsers.PASSWORD).ensureLanguage("Italiano", "Esci");
        portal.switchLanguageTo("English", "Log out");
        portal.logOut();

        portal.loginAgain().logInAs("collaboratore", DemoUsers.PASSWORD);
        assertThat(portal.logoutLabel()).isEqualTo("Log out");
        portal.switchLanguageTo("Italiano", "Esci");
    }

    @Test
    void intermediary_opensTheOfficeView_isRefused() {
        portal.open("").logInAs("intermediario", DemoUsers.PASSWORD).ensureLanguage("Italiano", "Esci");
        portal.open("ufficio");
        assertThat(portal.showsAccessDenied()).isTrue();
        assertThat(portal.mainText()).contains("Accesso negato").doesNotContain("Nessuna richiesta in coda");
    }

    @Test
    void operator_opensTheOfficeView_andSeesTheQueueOfItsOffice() {
        portal.open("ufficio").logInAs("operatore", DemoUsers.PASSWORD).ensureLanguage("Italiano", "Esci");
        assertThat(portal.showsAccessDenied()).as("the deep link leads to the office view after login").isFalse();
        assertThat(portal.userRole()).isEqualTo("Operatore di sede");
        assertThat(portal.mainText()).contains("Richieste della sede");
    }

    @Test
    void everyDemoUser_canLogIn_andSeesTheirNameAndRole() {
        for (DemoUsers.DemoUser user : DemoUsers.read(DevStackSessionListener.stack().settings().realmFile())) {
            portal.open("").logInAs(user.username(), DemoUsers.PASSWORD);
            assertThat(portal.userName()).as(user.username()).isEqualTo(user.fullName());
            assertThat(portal.userRole()).as(user.username()).isNotBlank();
            portal.logOut();
        }
    }
}
