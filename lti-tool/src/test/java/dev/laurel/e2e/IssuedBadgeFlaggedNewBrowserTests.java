package dev.laurel.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.laurel.sandbox.course.Course;
import dev.laurel.sandbox.course.CourseRole;
import dev.laurel.sandbox.course.Courses;
import dev.laurel.sandbox.course.Member;
import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.HeadlessChromium;
import dev.laurel.tool.badges.badge.Badge;
import dev.laurel.tool.badges.badge.Badges;
import dev.laurel.tool.badges.evaluation.Eligibilities;
import dev.laurel.tool.badges.evaluation.Eligibility;
import dev.laurel.tool.badges.issuance.BadgeAwards;
import dev.laurel.tool.launch.LtiContext;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * On a fresh start with the built-in sandbox, in headless Chromium inside the sandbox's cross-site frame: the
 * instructor's first visit shows the sandbox course's ready badges without pressing "Sync now" (the hub follows the
 * first sync and reloads), the instructor issues one to a qualifying student from the review page, and that student,
 * launching next, finds it flagged new in "My badges" until they open it.
 */
@Tag("browser")
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IssuedBadgeFlaggedNewBrowserTests {

    private static final String ASSIGNMENT = "Exploring a Real-World Dataset";

    LiveLms live;
    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeAll
    void start() {
        live = LiveLms.startAsBuiltInSandbox();
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(120));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (live != null) {
            live.close();
        }
    }

    @Test
    void aBadgeTheInstructorIssuesInTheSandboxCourseIsFlaggedNewForTheLearnerUntilOpened() {
        launch("/launch/instructor", "instructor");
        click(By.cssSelector("[data-link='instructor']"));
        click(By.cssSelector("[data-link='badges']"));
        // no "Sync now": the first launch started the sync, and the hub shows the ready badges once it is done
        wait.until(driver -> driver.findElements(By.cssSelector("[data-section='badges'] tr[data-badge]")).size() == 3);
        assertThat(browser.findElements(By.cssSelector("[data-demo-preparation]"))).isEmpty();

        LtiContext course = live.demoCourse();
        Badge badge = live.tool.getBean(Badges.class).list(course.id()).stream()
            .filter(candidate -> candidate.name().equals(ASSIGNMENT)).findFirst().orElseThrow();
        Eligibilities eligibilities = live.tool.getBean(Eligibilities.class);
        await("the ready badge's evaluation").atMost(Duration.ofMinutes(1))
            .until(() -> eligibilities.forBadge(badge.id()).size() == 24);
        String student = eligibilities.qualifying(badge.id()).stream().map(Eligibility::userId).sorted().findFirst()
            .orElseThrow();

        click(By.cssSelector("tr[data-badge][data-id='" + badge.id() + "'] [data-link='review']"));
        click(By.cssSelector("tr[data-user='" + student + "'] input[data-select]"));
        click(By.cssSelector("[data-action='issue-selected']"));
        wait.until(driver -> "COMPLETED".equals(driver.findElement(By.cssSelector("[data-issuance-status]"))
            .getDomAttribute("data-state")));
        assertThat(browser.findElement(By.cssSelector("[data-figure='issued']")).getText()).isEqualTo("1");
        String credential = live.tool.getBean(BadgeAwards.class).active(badge.id(), student).orElseThrow().credentialUuid();

        launch("/launch/learner?user=" + sandboxUserId(student), "learner");
        click(By.cssSelector("[data-link='my-badges']"));
        WebElement issued = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-wallet-group='ready'] [data-badge='" + credential + "']")));
        assertThat(issued.getText()).contains(ASSIGNMENT).contains("New");
        assertThat(issued.findElements(By.cssSelector("[data-new='true']"))).hasSize(1);

        click(By.cssSelector("[data-badge='" + credential + "'] [data-link='badge']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-action='claim']")));
        click(By.cssSelector("[data-link='my-badges']"));
        WebElement seen = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-wallet-group='ready'] [data-badge='" + credential + "']")));
        assertThat(seen.getText()).contains(ASSIGNMENT).doesNotContain("New");
        assertThat(seen.findElements(By.cssSelector("[data-new]"))).isEmpty();
    }

    /** Opens an LMS page of the sandbox and enters Laurel's frame, where the launch lands on the role's section. */
    private void launch(String lmsPage, String role) {
        browser.switchTo().defaultContent();
        browser.get(live.sandboxUrl + lmsPage);
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("lti-tool-frame"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-role='" + role + "']")));
    }

    private void click(By selector) {
        wait.until(ExpectedConditions.elementToBeClickable(selector)).click();
    }

    /** The sandbox's user id of the student whose LTI subject is {@code subject}. */
    private long sandboxUserId(String subject) {
        Courses courses = live.sandbox.getBean(Courses.class);
        Course course = courses.findByLabel("DAF101").orElseThrow();
        List<Member> members = courses.members(course.id());
        return members.stream().filter(member -> member.role() == CourseRole.LEARNER)
            .filter(member -> member.user().subject().equals(subject)).findFirst().orElseThrow().user().id();
    }
}
