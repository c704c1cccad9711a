package dev.laurel.e2e;

import dev.laurel.testsupport.HeadlessChromium;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The instructor's sync page in a real browser inside the sandbox LMS's frame (sandbox on 127.0.0.1, tool on
 * localhost): "Sync now" schedules the job and the page follows its progress by polling, without reloading.
 */
@Tag("browser")
class CourseSyncBrowserTests {

    static LiveLms live;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        // the job starts at the scheduler's next poll, well after the page after "Sync now" is shown
        live = LiveLms.start("--laurel.jobs.polling-interval=3s");
        browser = chromium();
    }

    private static ChromeDriver chromium() throws Exception {
        return HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (live != null) {
            live.close();
        }
    }

    @Test
    void syncNowShowsTheCompletedSyncByPollingInsideTheLmsFrame() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        // the polling script replaces the status element while the wait reads it
        wait.ignoring(StaleElementReferenceException.class);
        browser.get(live.sandboxUrl + "/launch/instructor");
        browser.switchTo().frame("lti-tool-frame");
        wait.until(driver -> !driver.findElements(By.partialLinkText("Open the instructor view")).isEmpty());
        browser.findElement(By.partialLinkText("Open the instructor view")).click();
        wait.until(driver -> !driver.findElements(By.partialLinkText("Roster and grades")).isEmpty());
        browser.findElement(By.partialLinkText("Roster and grades")).click();
        wait.until(driver -> !driver.findElements(By.cssSelector("form.course-sync-form button")).isEmpty());

        browser.findElement(By.cssSelector("form.course-sync-form button")).click();
        wait.until(driver -> !driver.findElements(By.cssSelector("[data-course-sync-status]:not([data-state='NONE'])")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("[data-course-sync-status]")).getDomAttribute("data-state"))
                .isIn("REQUESTED", "RUNNING");
        // a marker that a reload would erase: the progress must arrive by polling
        browser.executeScript("window.courseSyncMarker = 'kept';");
        wait.until(driver -> "COMPLETED".equals(driver.findElement(By.cssSelector("[data-course-sync-status]"))
                .getDomAttribute("data-state")));

        WebElement status = browser.findElement(By.cssSelector("[data-course-sync-status]"));
        assertThat(browser.executeScript("return window.courseSyncMarker;")).isEqualTo("kept");
        assertThat(status.getText()).contains("Completed").contains("Members").contains("25").contains("Finished");
    }
}
