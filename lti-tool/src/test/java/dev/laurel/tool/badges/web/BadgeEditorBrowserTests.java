package dev.laurel.tool.badges.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.testsupport.HeadlessChromium;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.badges.SyncedCourseFixture;
import dev.laurel.tool.badges.badge.Badge;
import dev.laurel.tool.badges.badge.Badges;
import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.RubricCriterion;
import dev.laurel.tool.badges.rubric.Rubrics;
import dev.laurel.tool.badges.rubric.SkillRef;
import dev.laurel.tool.badges.rules.AwardRule;
import dev.laurel.tool.launch.LtiSessionTokens;
import dev.laurel.tool.launch.LtiSessions;
import dev.laurel.tool.launch.PlatformServiceClaims;
import dev.laurel.tool.lti.LaurelRole;
import dev.laurel.tool.skills.SkillSearch;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The badge editor in headless Chromium with a cookieless session (as after a launch through platform storage):
 * the skills picker reaches the skills API with the session token, choosing a rubric shows its criteria, the group
 * buttons nest groups of conditions two levels deep, and the multipart form is accepted with the token it carries.
 */
@ToolTest
@Tag("browser")
class BadgeEditorBrowserTests {

    private static final String PYTHON = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LtiSessions sessions;

    @Autowired
    LtiSessionTokens tokens;

    @Autowired
    Rubrics rubrics;

    @Autowired
    Badges badges;

    @Autowired
    SkillSearch skills;

    private WebDriver browser;
    private WebDriverWait wait;
    private SyncedCourseFixture course;
    private Rubric writing;
    private String newBadgePage;

    @BeforeEach
    void cookielessInstructor() {
        assertThat(skills.awaitReady(Duration.ofMinutes(3))).as("skills index").isTrue();
        course = SyncedCourseFixture.create(jdbc, 7);
        rubrics.create(course.rubric("Analysis rubric", List.of(course.lineItem("Analysis", 3))));
        writing = rubrics.create(new Rubric(0, course.courseId, "Writing rubric", "", List.of(new RubricCriterion("style",
                "Writes clearly", "", course.lineItem("Style", 3), SyncedCourseFixture.LEVELS, List.of()))));
        TestInstructors.Launched teacher = new TestInstructors(sessions, tokens).launch(course.registrationId,
                course.deploymentId, course.contextId, "teacher-browser", LaurelRole.INSTRUCTOR, true,
                PlatformServiceClaims.none());
        newBadgePage = "http://localhost:" + port + "/course/" + course.courseId + "/instructor/badges/new?lti_session="
                + URLEncoder.encode(teacher.token(), StandardCharsets.UTF_8);
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void instructorChoosesARubricAndASkillAndCreatesTheBadgeWithoutCookies() {
        browser.get(newBadgePage);
        new Select(browser.findElement(By.id("badge-rubric"))).selectByVisibleText("Writing rubric");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table.rule-criteria"), "Writes clearly"));
        assertThat(browser.findElement(By.cssSelector("[data-refresh]")).isDisplayed()).isFalse();

        browser.findElement(By.id("badge-name")).sendKeys("Clear writer");
        browser.findElement(By.id("skills-input")).sendKeys("pyth");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#skills-listbox [role=option]"),
                "Python (computer programming)"));
        browser.findElement(By.id("skills-input")).sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".skills-chip")));
        browser.findElement(By.cssSelector("[data-save]")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-notice]"), "Badge created."));
        assertThat(browser.getCurrentUrl()).contains("lti_session=");
        Badge badge = badges.list(course.courseId).get(0);
        assertThat(badge.name()).isEqualTo("Clear writer");
        assertThat(badge.rubricId()).isEqualTo(writing.id());
        assertThat(badge.rule()).isEqualTo(new AwardRule.AllOf(List.of(new AwardRule.CriterionAtLeast("style", "proficient"))));
        assertThat(badge.skills()).extracting(SkillRef::uri).containsExactly(PYTHON);
    }

    @Test
    void instructorNestsGroupsOfConditionsTwoLevelsDeepWithTheGroupButtons() {
        browser.get(newBadgePage);
        new Select(browser.findElement(By.id("badge-rubric"))).selectByVisibleText("Writing rubric");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table.rule-criteria"), "Writes clearly"));
        browser.findElement(By.id("badge-name")).sendKeys("Grouped writer");

        press(By.cssSelector("[data-rule-group='top'] > .actions [data-action='add-group']"));
        click(By.cssSelector("[data-rule-group='1'] input[value='any']"));
        new Select(find("select[name='rule.groups[0].criteria[0].levelKey']")).selectByVisibleText("Exemplary");
        press(By.cssSelector("button[value='add-group:1']"));
        new Select(find("select[name='rule.groups[0].groups[0].criteria[0].levelKey']")).selectByVisibleText("Developing");
        press(By.cssSelector("button[value='add-group:1']"));
        find("[data-rule-group='1.2']");
        press(By.cssSelector("button[value='remove-group:1.2']"));
        assertThat(browser.findElements(By.cssSelector("[data-rule-group='1.2']"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("[data-rule-group='1.1']"))).hasSize(1);
        assertThat(new Select(find("select[name='rule.groups[0].criteria[0].levelKey']")).getFirstSelectedOption().getText())
            .as("what was chosen survives the group buttons").isEqualTo("Exemplary");
        assertThat(browser.findElement(By.id("badge-name")).getDomProperty("value")).isEqualTo("Grouped writer");
        browser.findElement(By.cssSelector("[data-save]")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-notice]"), "Badge created."));
        Badge badge = badges.list(course.courseId).get(0);
        assertThat(badge.rule()).isEqualTo(new AwardRule.AllOf(List.of(new AwardRule.CriterionAtLeast("style", "proficient"),
                new AwardRule.AnyOf(List.of(new AwardRule.CriterionAtLeast("style", "exemplary"),
                        new AwardRule.AllOf(List.of(new AwardRule.CriterionAtLeast("style", "developing"))))))));
        assertThat(find("[data-rule]").getText()).contains("Any of:").contains("Writes clearly at least Developing");
    }

    private org.openqa.selenium.WebElement find(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    private void click(By selector) {
        wait.until(ExpectedConditions.elementToBeClickable(selector)).click();
    }

    /** Clicks a button that sends the form, and waits for the page that comes back. */
    private void press(By selector) {
        org.openqa.selenium.WebElement page = browser.findElement(By.tagName("main"));
        click(selector);
        wait.until(ExpectedConditions.stalenessOf(page));
        find("main");
    }
}
