package it.cassetto.testing;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Page object of the portal as a user sees it: the Keycloak login page, the header (name, role,
 * language, logout) and the main content. Journeys talk to it, never to raw selectors.
 */
public class PortalPage {

    private final WebDriver driver;
    private final String portalUrl;
    private final WebDriverWait wait;

    public PortalPage(WebDriver driver, String portalUrl) {
        this.driver = driver;
        this.portalUrl = portalUrl;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Opens a portal path (for example {@code "ufficio"}); an anonymous browser lands on the login page. */
    public PortalPage open(String path) {
        driver.get(portalUrl + "/" + path);
        return this;
    }

    public boolean isOnLoginPage() {
        return !driver.findElements(By.id("kc-login")).isEmpty() && !driver.findElements(By.id("username")).isEmpty();
    }

    public PortalPage awaitLoginPage() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-login")));
        return this;
    }

    /** Fills in Keycloak's login form and waits for the portal's header. */
    public PortalPage logInAs(String username, String password) {
        awaitLoginPage();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        awaitHeader();
        return this;
    }

    public PortalPage awaitHeader() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("current-user-name")));
        return this;
    }

    public String userName() {
        return textOf("current-user-name");
    }

    public String userRole() {
        return textOf("current-user-role");
    }

    public String logoutLabel() {
        return textOf("logout");
    }

    /** Chooses a language in the header's switch ("Italiano" or "English") and waits for the reload. */
    public PortalPage switchLanguageTo(String nativeName, String expectedLogoutLabel) {
        WebElement select = wait.until(ExpectedConditions.elementToBeClickable(By.id("language-switch")));
        select.click();
        By item = By.xpath("//vaadin-select-list-box/vaadin-select-item[normalize-space(.)='" + nativeName + "']");
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
        wait.until(d -> expectedLogoutLabel.equals(logoutLabelOrNull()));
        return this;
    }

    private String logoutLabelOrNull() {
        List<WebElement> logout = driver.findElements(By.id("logout"));
        try {
            return logout.isEmpty() ? null : logout.get(0).getText().trim();
        } catch (org.openqa.selenium.StaleElementReferenceException reloading) {
            return null;
        } catch (org.openqa.selenium.WebDriverException reloading) {
            // Chromium's other way of saying the page is being replaced: "Node with given id does not belong to
            // the document" (seen once in a fresh-clone run).
            if (String.valueOf(reloading.getMessage()).contains("does not belong to the document")) {
                return null;
            }
            throw reloading;
        }
    }

    /**
     * Makes sure the interface speaks the given language, whatever the user chose in earlier runs
     * (the test database keeps preferences between local runs).
     */
    public PortalPage ensureLanguage(String nativeName, String logoutLabel) {
        if (!logoutLabel.equals(logoutLabel())) {
            switchLanguageTo(nativeName, logoutLabel);
        }
        return this;
    }

    /** Logs out and waits for the logged-out page. */
    public PortalPage logOut() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("logout"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logged-out")));
        return this;
    }

    public boolean isOnLoggedOutPage() {
        return !driver.findElements(By.id("logged-out")).isEmpty();
    }

    /** From the logged-out page, follows "Accedi di nuovo" to Keycloak's login page. */
    public PortalPage loginAgain() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("login-again"))).click();
        return awaitLoginPage();
    }

    /** The text of the main landmark, where views show their content. */
    public String mainText() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("main-content"))).getText();
    }

    public boolean showsAccessDenied() {
        wait.until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("access-denied")),
                ExpectedConditions.presenceOfElementLocated(By.id("home-view")),
                ExpectedConditions.presenceOfElementLocated(By.id("office-home-view"))));
        return !driver.findElements(By.id("access-denied")).isEmpty();
    }

    /** Opens a portal path and waits for the view with {@code viewId}. */
    public PortalPage openView(String path, String viewId) {
        open(path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(viewId)));
        return this;
    }

    /** Clicks a link or button by its id and waits for the view with {@code viewId}. */
    public PortalPage click(String id, String viewId) {
        clickCentered(wait.until(ExpectedConditions.elementToBeClickable(By.id(id))));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(viewId)));
        return this;
    }

    /** Waits for the first element matching a CSS selector to be clickable, and clicks it. */
    public PortalPage clickCss(String cssSelector) {
        clickCentered(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(cssSelector))));
        return this;
    }

    /** Scrolls the element to the middle of the window first, so that no header or notification covers it. */
    private void clickCentered(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'});", element);
        element.click();
    }

    /** Types into a text field by its id (replacing what is there). */
    public PortalPage type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#" + id + " input")));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** The text of an element by its id, once visible. */
    public String text(String id) {
        return textOf(id);
    }

    /** Waits until the element with this id shows the expected text (in full or in part). */
    public PortalPage awaitText(String id, String expected) {
        wait.until(d -> {
            List<WebElement> found = d.findElements(By.id(id));
            try {
                return !found.isEmpty() && found.get(0).getText().contains(expected);
            } catch (org.openqa.selenium.StaleElementReferenceException reloading) {
                return false;
            }
        });
        return this;
    }

    /** The first grid row whose cells contain {@code text}, clicked. */
    public PortalPage clickGridCell(String gridId, String text) {
        By cell = By.xpath("//*[@id='" + gridId + "']/vaadin-grid-cell-content[normalize-space(.)='" + text + "']");
        WebElement content = wait.until(ExpectedConditions.elementToBeClickable(cell));
        List<WebElement> links = content.findElements(By.tagName("a"));
        (links.isEmpty() ? content : links.get(0)).click();
        return this;
    }

    /** The absolute address of a link by its id. */
    public String href(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getAttribute("href");
    }

    /** The session cookie, to fetch a download as this browser's user would. */
    public String sessionCookie() {
        return "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public boolean isShown(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public String htmlLang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    private String textOf(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText().trim();
    }
}
