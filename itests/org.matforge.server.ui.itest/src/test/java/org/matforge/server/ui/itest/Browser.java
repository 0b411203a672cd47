package org.matforge.server.ui.itest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.matforge.itest.support.Waiting;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium driven by Debian's chromedriver (no Selenium Manager download), a fresh profile each time. */
final class Browser {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Selenium warns that it has no CDP bindings for Debian's newer Chromium; the test uses WebDriver only. */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    private Browser() {
    }

    /** Why the browser test cannot run here, or null when it can. */
    static String missing() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            return "Debian's chromium and chromium-driver are not installed (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "); .ci/run installs them with apt-get";
        }
        return null;
    }

    static WebDriver start(Path profile) throws IOException {
        SELENIUM.setLevel(java.util.logging.Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1280,1600", "--force-device-scale-factor=1", "--user-data-dir=" + Files.createDirectories(profile)));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withLogFile(profile.resolveSibling(profile.getFileName() + "-chromedriver.log").toFile()).build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Waits until {@code value} gives something other than null or false, tolerating a page still changing. */
    static <T> T await(Supplier<T> value, Duration limit, String what) throws InterruptedException {
        Object[] found = new Object[1];
        Waiting.until(() -> {
            try {
                T v = value.get();
                if (v != null && !Boolean.FALSE.equals(v)) {
                    found[0] = v;
                    return true;
                }
            } catch (WebDriverException stale) {
                // the page is re-rendering (stale element, not there yet): try again
            }
            pause();
            return false;
        }, limit, what);
        @SuppressWarnings("unchecked")
        T t = (T) found[0];
        return t;
    }

    /** Browser round trips are not free: poll five times a second, not Waiting's fifty. */
    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
