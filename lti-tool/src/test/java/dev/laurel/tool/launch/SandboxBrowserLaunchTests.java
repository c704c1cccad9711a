package dev.laurel.tool.launch;

import dev.laurel.testsupport.LiveSandbox;
import dev.laurel.testsupport.HeadlessChromium;
import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.testsupport.DatabaseTest;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium launches Laurel inside the sandbox's cross-site iframe (127.0.0.1 page, localhost frame):
 * with cookies allowed (partitioned cookies) and with third-party cookies blocked (platform storage).
 */
@Tag("browser")
@DatabaseTest
class SandboxBrowserLaunchTests {

    static LiveSandbox live;

    @BeforeAll
    static void start() {
        live = LiveSandbox.start();
    }

    @AfterAll
    static void stop() {
        live.close();
    }

    @Test
    void instructorAndLearnerLaunchInTheSandboxFrame() throws IOException {
        WebDriver chrome = chrome(Cookies.ALLOWED);
        try {
            assertThat(launchInFrame(chrome, "instructor")).contains("Badges for");
            assertThat(launchInFrame(chrome, "learner")).contains("My badges");
        }
        finally {
            chrome.quit();
        }
    }

    @Test
    void instructorAndLearnerLaunchWithThirdPartyCookiesBlocked() throws IOException {
        WebDriver chrome = chrome(Cookies.THIRD_PARTY_BLOCKED);
        try {
            assertThat(launchInFrame(chrome, "instructor")).contains("Badges for");
            assertThat(launchInFrame(chrome, "learner")).contains("My badges");
        }
        finally {
            chrome.quit();
        }
    }

    @Test
    void launchesThroughPlatformStorageWhenTheFrameKeepsNoCookie() throws IOException {
        WebDriver chrome = chrome(Cookies.ALL_BLOCKED);
        try {
            assertThat(launchInFrame(chrome, "instructor")).contains("Badges for");
            assertThat(frameUrl(chrome)).contains("/course?lti_session=");
            assertThat(launchInFrame(chrome, "learner")).contains("My badges");
            assertThat(frameUrl(chrome)).contains("/course?lti_session=");
        }
        finally {
            chrome.quit();
        }
    }

    private enum Cookies { ALLOWED, THIRD_PARTY_BLOCKED, ALL_BLOCKED }

    /** Opens the LMS launch page and waits for Laurel's course page in the frame; returns its text. */
    private static String launchInFrame(WebDriver chrome, String role) {
        chrome.switchTo().defaultContent();
        chrome.get(live.sandboxUrl + "/launch/" + role);
        WebDriverWait wait = new WebDriverWait(chrome, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("lti-tool-frame"));
        wait.until(driver -> {
            List<org.openqa.selenium.WebElement> roles = driver.findElements(By.cssSelector("[data-role], [data-error-code]"));
            return !roles.isEmpty();
        });
        return chrome.findElement(By.tagName("body")).getText();
    }

    private static String frameUrl(WebDriver chrome) {
        return String.valueOf(((JavascriptExecutor) chrome).executeScript("return window.location.href"));
    }

    /**
     * Chromium with cookies allowed, third-party cookies blocked (Chromium still keeps the frame's
     * {@code Partitioned} cookies then, so the launch works with cookies), or every cookie blocked (the frame
     * keeps none, as with Safari's or Firefox's strictest settings): the launch then goes through platform storage.
     */
    private static WebDriver chrome(Cookies cookies) {
        return switch (cookies) {
            case ALLOWED -> HeadlessChromium.start();
            case THIRD_PARTY_BLOCKED -> HeadlessChromium.start(Map.of("profile.cookie_controls_mode", 1,
                    "profile.block_third_party_cookies", true));
            case ALL_BLOCKED -> HeadlessChromium.start(Map.of("profile.cookie_controls_mode", 1,
                    "profile.block_third_party_cookies", true, "profile.default_content_setting_values.cookies", 2));
        };
    }
}
