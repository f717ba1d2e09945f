package it.cassetto.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import it.cassetto.demo.DemoFacts;
import it.cassetto.devstack.DemoUsers;
import it.cassetto.devstack.DevStack;
import it.cassetto.devstack.DevStackSessionListener;
import it.cassetto.testing.BrowserSession;
import it.cassetto.testing.PortalPage;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An appointment in real Chromium against the whole stack: the demo intermediary opens the demo request
 * closed "non accolta" on Panificio Esposito, books the first free slot (held, then confirmed), finds it in
 * "Gestione appuntamenti"; the demo operator of office Roma Centro sees it in the office agenda and cancels it
 * with a reason (which also leaves the demo request bookable for the next run).
 */
class AppointmentJourneyIT {

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    private PortalPage portal;
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void logInAsTheIntermediary() {
        DevStack stack = DevStackSessionListener.stack();
        driver = browser.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        portal = new PortalPage(driver, stack.settings().portalUrl());
        portal.open("").logInAs("intermediario", DemoUsers.PASSWORD).ensureLanguage("Italiano", "Esci");
    }

    @Test
    void theIntermediaryBooksFromARequestNonAccolta_andTheOperatorSeesItInTheAgenda() {
        portal.open("posizioni/" + DemoFacts.PANIFICIO_ESPOSITO);
        portal.click("section-link-requests", "position-request-list-view");
        portal.clickGridCell("request-list-grid", "Chiusa - Non accolta");
        portal.awaitText("request-status", "Non accolta");
        String protocol = portal.text("request-protocol");
        String requestPage = portal.currentUrl();
        portal.awaitText("appointment-eligibility", "non accolta");

        portal.click("appointment-book", "booking-view");
        portal.awaitText("booking-about", protocol);
        WebElement first = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".booking-slot")));
        String slot = first.getText();
        portal.clickCss(".booking-slot");
        portal.awaitText("booking-confirm-text", slot);
        portal.click("booking-confirm", "my-appointments-view");
        portal.awaitText("my-appointments-grid", protocol).awaitText("my-appointments-grid", "Prenotato");
        assertThat(portal.text("my-appointments-grid")).contains(slot.substring(0, 5));

        driver.get(requestPage);
        portal.awaitText("request-protocol", protocol).awaitText("request-appointments-list", "Prenotato");
        String appointmentId = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#request-appointments-list li[data-status='BOOKED']"))).getDomAttribute("id")
                .substring("request-appointment-".length());
        assertThat(driver.findElement(By.id("appointment-book")).getDomAttribute("disabled")).isNotNull();
        portal.awaitText("appointment-eligibility", "c'è già un appuntamento");

        portal.logOut().loginAgain().logInAs("operatore", DemoUsers.PASSWORD).ensureLanguage("Italiano", "Esci");
        portal.click("nav-office-agenda", "office-agenda-view");
        portal.awaitText("office-agenda-grid", protocol).awaitText("office-agenda-grid", "Giulia Bianchi");
        assertThat(portal.text("office-agenda-grid")).contains("Panificio Esposito");

        String cancelId = "agenda-cancel-" + appointmentId;
        portal.clickCss("#" + cancelId);
        WebElement reason = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#agenda-cancel-reason textarea")));
        reason.sendKeys("La questione è stata risolta: l'avviso è stato annullato.");
        portal.clickCss("#agenda-cancel-confirm");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(cancelId)));
    }
}
