package it.cassetto.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Gives each browser journey a fresh Chromium and closes it afterwards; when a journey fails, first
 * saves a screenshot and the page source under {@code target/journey-failures/} to show what the user
 * would have seen. Register with {@code @RegisterExtension}.
 */
public class BrowserSession implements BeforeEachCallback, AfterEachCallback {

    private static final Logger LOG = Logger.getLogger(BrowserSession.class.getName());
    private ChromeDriver driver;

    @Override
    public void beforeEach(ExtensionContext context) {
        driver = Browser.open();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (driver == null) {
            return;
        }
        try {
            if (context.getExecutionException().isPresent()) {
                saveEvidence(context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName());
            }
        } finally {
            driver.quit();
            driver = null;
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    private void saveEvidence(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "journey-failures"));
            Path screenshot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(screenshot, folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(folder.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
            LOG.info(() -> "Journey failed: screenshot and page saved as " + folder.resolve(name) + ".{png,html}");
        } catch (IOException | RuntimeException e) {
            LOG.warning("Could not save the evidence of a failed journey: " + e);
        }
    }
}
