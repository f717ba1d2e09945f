package it.cassetto.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Real headless Chromium from Debian's packages for the browser journeys. Installs {@code chromium}
 * and {@code chromium-driver} with apt when they are missing, and points Selenium at
 * {@code /usr/bin/chromedriver} so that it never tries to download a driver.
 */
public final class Browser {

    private static final Logger LOG = Logger.getLogger(Browser.class.getName());
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    /** A new browser with its own empty profile; the caller quits it. */
    public static ChromeDriver open() {
        ensureInstalled();
        Path profile;
        try {
            profile = Files.createTempDirectory("cassetto-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a Chromium profile folder", e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,900", "--lang=it-IT",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Installs Debian's Chromium and its driver if either is missing (as root, or through sudo). */
    static synchronized void ensureInstalled() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        LOG.info("Chromium or chromedriver missing: installing Debian's chromium and chromium-driver");
        boolean root = "root".equals(System.getProperty("user.name"));
        String sudo = root ? "" : "sudo ";
        run(List.of("sh", "-c", sudo + "apt-get update -qq && DEBIAN_FRONTEND=noninteractive " + sudo
                + "apt-get install -y -qq chromium chromium-driver"));
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Could not install chromium and chromium-driver with apt-get");
        }
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("Command failed with exit code " + exit + ": " + command);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command, e);
        }
    }
}
