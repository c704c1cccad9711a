package dev.laurel.tool.skills.web;

import dev.laurel.testsupport.HeadlessChromium;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.launch.LtiLaunchMessage;
import dev.laurel.tool.launch.LtiSessions;
import dev.laurel.tool.launch.LtiUser;
import dev.laurel.tool.lti.LaurelRole;
import dev.laurel.tool.skills.SkillSearch;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ToolTest
@Tag("browser")
class SkillsPickerBrowserTests {

    private static final String PYTHON = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";

    @LocalServerPort
    int port;

    @Autowired
    SkillSearch search;

    @Autowired
    LtiSessions sessions;

    private WebDriver browser;

    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        await().atMost(Duration.ofMinutes(3)).until(search::isReady);
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        // the skills API serves instructors: the browser carries a launched instructor's session cookie
        LtiUser instructor = new LtiUser(7, "deployment-1", "skills-course", "Skills", "teacher-" + UUID.randomUUID(), null,
                null, Set.of(LaurelRole.INSTRUCTOR), null);
        String session = sessions.create(new LtiLaunchMessage(instructor, "LtiResourceLinkRequest", "SK1", null), false);
        browser.get("http://localhost:" + port + "/skills/status");
        browser.manage().addCookie(new Cookie("LAUREL_LTI_SESSION", session, "/"));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void keyboardChoosesASkillThatIsSubmittedAsAHiddenInput() {
        browser.get("http://localhost:" + port + "/skills/picker");
        WebElement input = browser.findElement(By.id("skills-input"));

        input.sendKeys("pyth");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#skills-listbox [role=option]"),
                "Python (computer programming)"));
        WebElement first = browser.findElement(By.cssSelector("#skills-listbox [role=option]"));
        assertThat(input.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(first.getText()).contains("ESCO").contains("The techniques and principles of software development");
        input.sendKeys(Keys.ARROW_DOWN);
        assertThat(input.getAttribute("aria-activedescendant")).isEqualTo(first.getAttribute("id"));
        assertThat(first.getAttribute("aria-selected")).isEqualTo("true");
        input.sendKeys(Keys.ENTER);

        WebElement chip = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".skills-chip")));
        assertThat(chip.getText()).contains("Python (computer programming)");
        assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(chip.findElement(By.cssSelector("input[type=hidden][name=skills]")).getAttribute("value"))
                .isEqualTo(PYTHON);

        browser.findElement(By.id("skills-submit")).click();
        WebElement saved = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("skills-saved")));
        assertThat(saved.getText()).contains("Python (computer programming)");
    }

    @Test
    void escapeClosesTheListAndChipsCanBeRemoved() {
        browser.get("http://localhost:" + port + "/skills/picker?skills=" + URLEncoder.encode(PYTHON,
                StandardCharsets.UTF_8));
        WebElement input = browser.findElement(By.id("skills-input"));
        input.sendKeys("statist");
        wait.until(ExpectedConditions.attributeToBe(input, "aria-expanded", "true"));
        input.sendKeys(Keys.ESCAPE);
        assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(browser.findElement(By.id("skills-listbox")).isDisplayed()).isFalse();

        browser.findElement(By.cssSelector(".skills-chip-remove[aria-label='Remove Python (computer programming)']"))
                .click();

        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".skills-chip"), 0));
        assertThat(browser.findElement(By.cssSelector(".skills-status")).getText())
                .isEqualTo("Python (computer programming) removed.");
    }

    @Test
    void suggestsSkillsForTheCriterionAndAddsOne() {
        browser.get("http://localhost:" + port + "/skills/picker?criterion=" + URLEncoder.encode(
                "Interprets descriptive statistics and builds charts to communicate findings from a dataset",
                StandardCharsets.UTF_8));

        WebElement suggested = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".skills-suggested")));
        assertThat(suggested.getText()).contains("Suggested for this criterion");
        List<WebElement> adds = suggested.findElements(By.cssSelector(".skills-suggestion-add"));
        assertThat(adds).isNotEmpty();
        WebElement statistics = adds.stream().filter(add -> add.getText().startsWith("statistics")).findFirst()
                .orElseThrow();
        statistics.click();

        WebElement chip = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".skills-chip")));
        assertThat(chip.getText()).contains("statistics");
        assertThat(chip.getAttribute("data-uri")).startsWith("http://data.europa.eu/esco/skill/");
    }
}
