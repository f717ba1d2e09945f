package it.cassetto.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import it.cassetto.demo.DemoFacts;
import it.cassetto.devstack.DemoUsers;
import it.cassetto.devstack.DevStack;
import it.cassetto.devstack.DevStackSessionListener;
import it.cassetto.testing.BrowserSession;
import it.cassetto.testing.PortalPage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page of the portal that a role opens, checked in real Chromium by axe-core (Deque) against the rules of
 * WCAG 2.1 levels A and AA that a machine can check: names of controls and landmarks, contrast, headings,
 * language, ARIA use. What axe cannot judge (a meaningful reading order, a usable keyboard path through a
 * whole task) the other journeys exercise by id and by keyboard where it matters; this is the floor, not the
 * ceiling.
 */
class AccessibilityJourneyIT {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    @Test
    void theIntermediarysPages_meetWcag21AA() {
        PortalPage portal = logIn("intermediario");
        String position = "posizioni/" + DemoFacts.TRATTORIA_DA_ENZO;
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, String> page : List.of(
                Map.entry("", "home-view"),
                Map.entry("posizioni", "position-search-view"),
                Map.entry(position, "position-summary-view"),
                Map.entry(position + "/anagrafica", "master-data-view"),
                Map.entry(position + "/sezioni/payments", "section-view"),
                Map.entry(position + "/sezioni/declarations", "section-view"),
                Map.entry(position + "/fascicolo", "dossier-view"),
                Map.entry(position + "/richieste", "position-request-list-view"),
                Map.entry(position + "/richieste/nuova", "new-request-view"),
                Map.entry(position + "/comunicazioni", "institute-messages-view"),
                Map.entry("richieste", "request-list-view"),
                Map.entry("deleghe", "delegations-view"),
                Map.entry("appuntamenti", "my-appointments-view"),
                Map.entry("posizioni/" + DemoFacts.HOTEL_MARINO, "access-denied"),
                Map.entry("pagina-che-non-esiste", "not-found"))) {
            violations.addAll(check(portal, page.getKey(), page.getValue()));
        }
        // A request's page with its timeline: the first of the list.
        portal.openView("richieste", "request-list-view");
        openFirstRowLink("request-list-grid", "request-detail-view");
        violations.addAll(axe(portal.currentUrl().replaceAll("^https?://[^/]+", "")));
        assertThat(violations).isEmpty();
    }

    @Test
    void theEmployersPages_meetWcag21AA() {
        PortalPage employer = logIn("datore");
        List<String> violations = new ArrayList<>();
        violations.addAll(check(employer, "", "home-view"));
        violations.addAll(check(employer, "deleghe-azienda", "employer-delegations-view"));
        violations.addAll(check(employer, "posizioni", "position-search-view"));
        assertThat(violations).isEmpty();
    }

    @Test
    void theOfficesPages_meetWcag21AA() {
        PortalPage office = logIn("operatore");
        List<String> violations = new ArrayList<>();
        violations.addAll(check(office, "ufficio", "office-home-view"));
        violations.addAll(check(office, "ufficio/agenda", "office-agenda-view"));
        violations.addAll(check(office, "ufficio/calendario", "office-calendar-view"));
        office.openView("ufficio", "office-home-view");
        openFirstRowLink("office-queue-grid", "office-request-view");
        violations.addAll(axe(office.currentUrl().replaceAll("^https?://[^/]+", "")));
        assertThat(violations).isEmpty();
    }

    @Test
    void theSupervisorsPages_meetWcag21AA() {
        PortalPage supervisor = logIn("supervisore");
        List<String> violations = new ArrayList<>();
        violations.addAll(check(supervisor, "", "home-view"));
        violations.addAll(check(supervisor, "ufficio", "office-home-view"));
        violations.addAll(check(supervisor, "posizioni/" + DemoFacts.HOTEL_MARINO, "position-summary-view"));
        assertThat(violations).isEmpty();
    }

    @Test
    void aSearchResult_opensWithTheKeyboardAlone() {
        PortalPage portal = logIn("intermediario");
        String matricola = DemoFacts.romaMatricola(DemoFacts.TRATTORIA_DA_ENZO);
        portal.openView("posizioni", "position-search-view").type("position-search-query", matricola)
                .awaitText("position-search-count", "1 posizione");
        WebDriver driver = browser.driver();
        // From the search field, Tab until the results have the focus (their header), Tab again to the rows,
        // Enter to open the row.
        for (int i = 0; i < 12 && !"position-search-results".equals(driver.switchTo().activeElement().getDomAttribute("id")); i++) {
            press(driver, Keys.TAB);
        }
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("position-search-results");
        press(driver, Keys.TAB);
        press(driver, Keys.ENTER);
        portal.awaitText("current-position", matricola);
        assertThat(portal.currentUrl()).endsWith("posizioni/" + DemoFacts.TRATTORIA_DA_ENZO);
    }

    @Test
    void aSectionRowsDetail_opensWithTheKeyboardAlone_andIsAccessible() {
        PortalPage portal = logIn("intermediario");
        portal.openView("posizioni/" + DemoFacts.TRATTORIA_DA_ENZO + "/sezioni/declarations", "section-view")
                .awaitText("section-count", "righe");
        WebDriver driver = browser.driver();
        for (int i = 0; i < 30 && !"section-grid".equals(driver.switchTo().activeElement().getDomAttribute("id")); i++) {
            press(driver, Keys.TAB);
        }
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("section-grid");
        press(driver, Keys.TAB);   // from the header to the rows
        press(driver, Keys.ENTER); // opens the row's detail
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("section-detail-close")));
        List<String> violations = new ArrayList<>(axe("/…/sezioni/declarations with its detail open"));
        press(driver, Keys.ESCAPE);
        assertThat(violations).isEmpty();
    }

    /** Follows the link of a grid's first row and waits for the view it opens. */
    private void openFirstRowLink(String gridId, String viewId) {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[@id='" + gridId + "']/vaadin-grid-cell-content/a"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(viewId)));
    }

    /** A key pressed where the focus is (WebElement.sendKeys would move the focus to the element first). */
    private static void press(WebDriver driver, Keys key) {
        new Actions(driver).sendKeys(key).perform();
    }

    private PortalPage logIn(String username) {
        DevStack stack = DevStackSessionListener.stack();
        PortalPage portal = new PortalPage(browser.driver(), stack.settings().portalUrl());
        portal.open("").logInAs(username, DemoUsers.PASSWORD).ensureLanguage("Italiano", "Esci");
        return portal;
    }

    /** The violations axe finds on a page, one line each: page, rule, impact, and the first elements. */
    private List<String> check(PortalPage portal, String path, String viewId) {
        portal.openView(path, viewId);
        return axe("/" + path);
    }

    private List<String> axe(String where) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver());
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            StringBuilder line = new StringBuilder(where + ": " + rule.getId() + " (" + rule.getImpact() + ") "
                    + rule.getHelp() + " at");
            rule.getNodes().stream().limit(3).forEach(node -> line.append(' ').append(node.getTarget()).append(" [")
                    .append(String.valueOf(node.getFailureSummary()).replaceAll("\\s+", " ")).append(']'));
            found.add(line.toString());
        }
        return found;
    }
}
