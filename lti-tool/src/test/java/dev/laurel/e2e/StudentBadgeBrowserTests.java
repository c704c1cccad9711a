package dev.laurel.e2e;

import dev.laurel.testsupport.HeadlessChromium;
import dev.laurel.testsupport.LiveSandbox;
import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.tool.credentials.TestAchievements;
import dev.laurel.tool.credentials.document.AchievedResult;
import dev.laurel.tool.credentials.document.Recipient;
import dev.laurel.tool.credentials.issuing.CredentialIssuer;
import dev.laurel.tool.credentials.issuing.IssueRequest;
import dev.laurel.tool.credentials.proof.ProofFormat;
import dev.laurel.tool.credentials.wallet.LearnerRecipients;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A student of the sandbox course, in headless Chromium: launches Laurel in the sandbox's cross-site iframe,
 * sees a badge ready to claim, claims it, downloads it within the session, and the public verifier accepts the
 * download and rejects a copy whose name differs by one character, naming the failing check.
 */
@Tag("browser")
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudentBadgeBrowserTests {

    private static final String BADGE_NAME = "Data Analysis Fundamentals";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    LiveSandbox live;
    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeAll
    void start() throws Exception {
        live = LiveSandbox.start();
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
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
    void studentClaimsDownloadsAndThePublicVerifierAcceptsTheDownloadButNotATamperedCopy() throws Exception {
        openLaurelInTheSandboxCourse();
        issueABadgeToTheLaunchedStudent();

        click(By.cssSelector("[data-link='my-badges']"));
        WebElement ready = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-wallet-group='ready']")));
        assertThat(ready.getText()).contains(BADGE_NAME).contains("New");

        click(By.cssSelector("[data-wallet-group='ready'] [data-link='badge']"));
        click(By.cssSelector("[data-action='claim']"));
        WebElement flash = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-flash='claimed']")));
        assertThat(flash.getText()).contains("claimed");
        assertThat(browser.findElement(By.cssSelector("main")).getAttribute("data-state")).isEqualTo("CLAIMED");

        String href = browser.findElement(By.cssSelector("[data-download='json']")).getAttribute("href");
        String downloaded = (String) browser.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'include'}).then(function (r) {"
                        + "  return r.text().then(function (t) { done(r.status + ' ' + r.headers.get('content-disposition') + '\\n' + t); });"
                        + "}).catch(function (e) { done('error ' + e); });", href);
        String[] answer = downloaded.split("\n", 2);
        assertThat(answer[0]).startsWith("200 attachment").contains(".json");
        String credential = answer[1];
        assertThat(credential).contains(BADGE_NAME).contains("\"proof\"");

        JsonNode accepted = verify(credential);
        assertThat(accepted.path("verified").asBoolean()).as(accepted.toString()).isTrue();

        JsonNode rejected = verify(credential.replace(BADGE_NAME, "Data Analysis Fundamentalz"));
        assertThat(rejected.path("verified").asBoolean()).isFalse();
        assertThat(failedChecks(rejected)).contains("proof");
    }

    private void openLaurelInTheSandboxCourse() {
        browser.get(live.sandboxUrl + "/launch/learner");
        openLaurelFrame();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-role='learner']")));
    }

    private void openLaurelFrame() {
        browser.switchTo().defaultContent();
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("lti-tool-frame"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-role='learner']")));
    }

    /** Until the badges feature issues, the test does: to the launched student, as the launch stored them. */
    private void issueABadgeToTheLaunchedStudent() {
        Recipient recipient = live.tool.getBean(JdbcClient.class)
            .sql("SELECT registration_id, user_id, user_email, user_name FROM lti_session ORDER BY created_at DESC")
            .query((rs, row) -> new Recipient(LearnerRecipients.stableId(rs.getLong(1), rs.getString(2)), rs.getString(3),
                    rs.getString(4)))
            .list().get(0);
        live.tool.getBean(CredentialIssuer.class).issue(new IssueRequest(null,
                TestAchievements.dataAnalysis(TestAchievements.uniqueKey()), recipient,
                List.of(new AchievedResult("cleaning", "proficient"), new AchievedResult("visualisation", "expert")),
                List.of(), null, ProofFormat.EDDSA_RDFC_2022));
    }

    private void click(By selector) {
        wait.until(ExpectedConditions.elementToBeClickable(selector)).click();
    }

    private JsonNode verify(String credential) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(live.toolUrl + "/verify"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(credential)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<String> failedChecks(JsonNode verdict) {
        List<String> failed = new java.util.ArrayList<>();
        for (JsonNode step : verdict.path("checks")) {
            if ("FAILED".equals(step.path("outcome").asString())) {
                failed.add(step.path("check").asString());
            }
        }
        return failed;
    }
}
