package it.cassetto.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import it.cassetto.demo.DemoFacts;
import it.cassetto.devstack.DemoUsers;
import it.cassetto.devstack.DevStack;
import it.cassetto.devstack.DevStackSessionListener;
import it.cassetto.devstack.FakeSmsGateway;
import it.cassetto.devstack.MailCatcher;
import it.cassetto.testing.BrowserSession;
import it.cassetto.testing.PortalPage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A request's round trip in real Chromium against the whole stack: the demo intermediary sends a request
 * with three attachments on a delegated position (a 4 MB file and a fourth file are refused) and finds
 * it in "Lista richieste"; the demo operator of the competent office takes it in charge and closes it
 * "non accolta"; the intermediary sees the outcome; the mail catcher and the SMS gateway hold the
 * notifications (protocolled, taken in charge, closed).
 */
class RequestJourneyIT {

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    @TempDir
    Path files;

    private DevStack stack;
    private PortalPage portal;
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void logInAsTheIntermediary() {
        stack = DevStackSessionListener.stack();
        driver = browser.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        portal = new PortalPage(driver, stack.settings().portalUrl());
        portal.open("").logInAs("intermediario", DemoUsers.PASSWORD).ensureLanguage("Italiano", "Esci");
    }

    @Test
    void aRequestTravelsFromTheIntermediaryToTheCompetentOfficeAndBack() throws Exception {
        String unique = Long.toString(System.nanoTime());
        String email = "giulia.bianchi+" + unique + "@example.it";
        String phone = "+39333" + unique.substring(unique.length() - 7);

        portal.open("posizioni/" + DemoFacts.TRATTORIA_DA_ENZO);
        portal.click("section-link-requests", "position-request-list-view");
        portal.click("new-request", "new-request-view");
        choose("request-class", "Versamenti (F24)");
        choose("request-subject", "Pagamenti F24");
        portal.awaitText("request-guaranteed-time", "10 giorni lavorativi");
        portal.type("request-email", email).type("request-mobile", phone);
        check("request-consent-email");
        check("request-consent-sms");
        typeArea("request-text", "Verifica del versamento F24 di marzo, rif. " + unique);

        attach("request-attachments", file("grande.pdf", 4 * 1024 * 1024));
        awaitNotification("supera 3 MB");
        attach("request-attachments", file("f24.pdf", 3_000_000), file("quietanza.pdf", 50_000),
                file("nota.txt", 0));
        awaitCompletedUploads(3);
        attach("request-attachments", file("quarto.pdf", 1000));
        awaitNotification("al massimo 3 file");

        scrollAndClick(By.id("request-send"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("request-detail-view")));
        String protocol = portal.text("request-protocol");
        String requestId = portal.currentUrl().replaceAll(".*/richieste/([0-9]+).*", "$1");
        assertThat(protocol).matches("INPS\\.7001\\.\\d{4}\\.\\d{7}");
        assertThat(portal.text("request-status")).isEqualTo("Aperta");
        assertThat(portal.text("request-attachments-list")).contains("f24.pdf").contains("quietanza.pdf")
                .contains("nota.txt").doesNotContain("grande.pdf").doesNotContain("quarto.pdf");

        portal.click("nav-requests", "request-list-view");
        scrollAndClick(gridLink("request-list-grid", protocol));
        portal.awaitText("request-protocol", protocol);

        portal.logOut().loginAgain().logInAs("operatore", DemoUsers.PASSWORD).ensureLanguage("Italiano", "Esci");
        portal.open("ufficio");
        portal.type("office-queue-matricola", DemoFacts.romaMatricola(DemoFacts.TRATTORIA_DA_ENZO));
        scrollAndClick(By.id("office-queue-search"));
        wait.until(ExpectedConditions.presenceOfElementLocated(gridCell("office-queue-grid", protocol)));
        portal.open("ufficio/richieste/" + requestId);
        portal.awaitText("request-protocol", protocol);
        scrollAndClick(By.id("office-take"));
        portal.awaitText("request-status", "In carico");
        scrollAndClick(By.id("office-close"));
        scrollAndClick(By.xpath("//vaadin-radio-button[normalize-space(.)='Non accolta']"));
        typeArea("office-close-comment", "Il versamento risulta non dovuto per il periodo indicato.");
        scrollAndClick(By.id("office-close-confirm"));
        portal.awaitText("request-status", "Chiusa - Non accolta");

        portal.logOut().loginAgain().logInAs("intermediario", DemoUsers.PASSWORD).ensureLanguage("Italiano", "Esci");
        portal.open("richieste");
        scrollAndClick(gridLink("request-list-grid", protocol));
        portal.awaitText("request-status", "Chiusa - Non accolta");
        assertThat(portal.text("request-timeline")).contains("Presa in carico").contains("Anna Romano")
                .contains("Il versamento risulta non dovuto");

        MailCatcher mail = stack.mail();
        List<MailCatcher.ReceivedMail> mails = mail.awaitMessagesTo(email, 3, Duration.ofSeconds(90));
        assertThat(mails).extracting(MailCatcher.ReceivedMail::subject).containsExactlyInAnyOrder(
                "Richiesta " + protocol + ": protocollata", "Richiesta " + protocol + ": presa in carico",
                "Richiesta " + protocol + ": chiusa");
        assertThat(mails).allMatch(m -> m.copies() == 1);
        List<FakeSmsGateway.ReceivedSms> sms = mail.sms().awaitMessagesTo(phone, 3, Duration.ofSeconds(90));
        assertThat(sms).extracting(FakeSmsGateway.ReceivedSms::text).anyMatch(t -> t.contains("NON ACCOLTA"));
    }

    private Path file(String name, int size) throws Exception {
        Path path = files.resolve(name);
        if (name.endsWith(".pdf")) {
            byte[] head = "%PDF-1.4\n%journey\n".getBytes(StandardCharsets.US_ASCII);
            byte[] bytes = Arrays.copyOf(head, Math.max(size, head.length));
            Arrays.fill(bytes, head.length, bytes.length, (byte) ' ');
            Files.write(path, bytes);
        } else {
            Files.writeString(path, "Allego la quietanza e la nota del consulente.\n");
        }
        return path;
    }

    private void choose(String comboBoxId, String item) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(comboBoxId))).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-combo-box-item[normalize-space(.)='" + item + "']"))).click();
        wait.until(d -> item.equals(d.findElement(By.cssSelector("#" + comboBoxId + " input")).getDomProperty("value")));
    }

    private void check(String checkboxId) {
        scrollAndClick(By.cssSelector("#" + checkboxId + " label"));
        wait.until(d -> d.findElement(By.id(checkboxId)).getDomAttribute("checked") != null);
    }

    private void typeArea(String id, String text) {
        WebElement area = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " textarea")));
        scrollIntoView(area);
        area.clear();
        area.sendKeys(text);
    }

    /** The link of a grid's row (the protocol opens the request). */
    private static By gridLink(String gridId, String text) {
        return By.xpath("//*[@id='" + gridId + "']/vaadin-grid-cell-content[normalize-space(.)='" + text + "']/a");
    }

    private static By gridCell(String gridId, String text) {
        return By.xpath("//*[@id='" + gridId + "']/vaadin-grid-cell-content[normalize-space(.)='" + text + "']");
    }

    private void scrollAndClick(By locator) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
        scrollIntoView(element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private void scrollIntoView(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /** Picks files as the file dialog would, all at once (ChromeDriver appends to a multiple input's earlier pick). */
    private void attach(String uploadId, Path... picked) {
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(uploadId)));
        WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = '';", input);
        input.sendKeys(String.join("\n", Arrays.stream(picked).map(p -> p.toAbsolutePath().toString()).toList()));
    }

    private void awaitCompletedUploads(int count) {
        wait.until(d -> d.findElements(By.cssSelector("vaadin-upload-file[complete]")).size() >= count);
    }

    private void awaitNotification(String text) {
        wait.until(d -> d.findElements(By.tagName("vaadin-notification-card")).stream()
                .anyMatch(card -> card.getText().contains(text)));
    }
}
