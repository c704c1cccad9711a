package dev.laurel.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through {@code /usr/bin/chromedriver} (Selenium Manager never downloads a
 * browser), with a fresh profile and no background traffic, as every browser test needs it.
 */
public final class HeadlessChromium {

    private HeadlessChromium() {
    }

    /** A new browser with default settings. */
    public static ChromeDriver start() {
        return start(Map.of());
    }

    /** A new browser with the given profile preferences (e.g. cookie blocking). */
    public static ChromeDriver start(Map<String, Object> prefs) {
        try {
            ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
                    .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run",
                            "--user-data-dir=" + Files.createTempDirectory("laurel-chromium").toAbsolutePath());
            if (!prefs.isEmpty()) {
                options.setExperimentalOption("prefs", prefs);
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
            return new ChromeDriver(service, options);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
