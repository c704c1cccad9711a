package dev.laurel.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.laurel.LaurelMain;
import dev.laurel.sandbox.launch.LaunchRole;
import dev.laurel.sandbox.launch.LmsPages;
import dev.laurel.sandbox.launch.LoginInitiation;
import dev.laurel.sandbox.platform.Lti;
import dev.laurel.sandbox.registration.ToolRegistration;
import dev.laurel.sandbox.registration.ToolRegistrations;
import dev.laurel.testsupport.HeadlessChromium;
import dev.laurel.testsupport.TestDatabase;
import dev.laurel.tool.launch.LmsBrowser;
import dev.laurel.tool.registration.PlatformRegistration;
import dev.laurel.tool.registration.PlatformRegistrations;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The README's setup (tool on localhost, sandbox on 127.0.0.1, the sandbox registering the tool at first start),
 * then a second registration of Laurel made by the sandbox admin in headless Chromium through the admin page's
 * "Register a tool by its registration URL" (Laurel's page runs in the sandbox's frame and closes with
 * {@code org.imsglobal.lti.close}); launches then work through both registrations.
 */
@Tag("browser")
class SecondRegistrationBrowserTests {

    static LaurelMain.Started started;
    static String toolUrl;
    static String sandboxUrl;

    @BeforeAll
    static void start() throws IOException {
        int toolPort = freePort();
        int sandboxPort = freePort();
        toolUrl = "http://localhost:" + toolPort;
        sandboxUrl = "http://127.0.0.1:" + sandboxPort;
        List<String> args = new ArrayList<>(List.of("--server.port=" + toolPort, "--laurel.public-url=" + toolUrl,
                "--laurel.sandbox.enabled=true", "--laurel.sandbox.url=" + sandboxUrl,
                "--sandbox.datasource-url=jdbc:h2:mem:sandbox-second-" + sandboxPort + ";DB_CLOSE_DELAY=-1"));
        TestDatabase.toolProperties().forEach((name, value) -> args.add("--" + name + "=" + value));
        started = LaurelMain.start(args.toArray(String[]::new));
    }

    @AfterAll
    static void stop() {
        started.close();
    }

    @Test
    void adminRegistersLaurelASecondTimeInTheBrowserAndBothRegistrationsLaunch() {
        PlatformRegistrations toolRegistrations = started.tool().getBean(PlatformRegistrations.class);
        ToolRegistrations sandboxTools = started.sandbox().getBean(ToolRegistrations.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> toolRegistrations.findByIssuer(sandboxUrl).size() == 1
                && sandboxTools.all().size() == 1);
        ToolRegistration first = sandboxTools.all().get(0);

        ChromeDriver chrome = HeadlessChromium.start();
        try {
            registerLaurelInTheAdminPage(chrome);

            List<ToolRegistration> laurels = sandboxTools.all();
            assertThat(laurels).hasSize(2).extracting(ToolRegistration::clientName).containsOnly("Laurel");
            assertThat(chrome.findElements(By.cssSelector("#tools tbody tr"))).hasSize(2);
            List<PlatformRegistration> platforms = toolRegistrations.findByIssuer(sandboxUrl);
            assertThat(platforms).extracting(PlatformRegistration::clientId)
                    .containsExactlyInAnyOrderElementsOf(laurels.stream().map(ToolRegistration::clientId).toList());

            // the sandbox's launch pages use its newest registration: the one made in the browser
            assertThat(launchInFrame(chrome, "instructor")).contains("Badges for");
            assertThat(launchInFrame(chrome, "learner")).contains("My badges");
            ToolRegistration second = sandboxTools.current().orElseThrow();
            assertThat(second.clientId()).isNotEqualTo(first.clientId());
            assertThat(sessionAfterLaunch(new LmsBrowser(), sandboxUrl + "/launch/learner"))
                    .contains("\"registrationId\":" + toolRegistration(platforms, second).id());

            // the first registration still launches, through the tool's generic and per-registration login URLs
            PlatformRegistration firstInTool = toolRegistration(platforms, first);
            String firstLogin = loginUrl(first, LaunchRole.learner);
            assertThat(sessionAfterLaunchFrom(firstLogin)).contains("\"LEARNER\"")
                    .contains("\"registrationId\":" + firstInTool.id());
            String perRegistration = firstLogin.replace(toolUrl + "/lti/login?", toolUrl + firstInTool.loginPath() + "?");
            assertThat(perRegistration).contains("/lti/login/" + firstInTool.id() + "?");
            assertThat(sessionAfterLaunchFrom(perRegistration)).contains("\"registrationId\":" + firstInTool.id());
            assertThat(sessionAfterLaunchFrom(loginUrl(first, LaunchRole.instructor))).contains("\"INSTRUCTOR\"")
                    .contains("\"registrationId\":" + firstInTool.id());
        }
        finally {
            chrome.quit();
        }
    }

    /** The admin page: enter Laurel's registration URL, wait for Laurel's page in the frame, finish it. */
    private static void registerLaurelInTheAdminPage(ChromeDriver chrome) {
        chrome.get(sandboxUrl + "/admin/tools");
        chrome.executeScript("window.beforeRegistration = true;");
        chrome.findElement(By.id("registration_url")).sendKeys(toolUrl + "/lti/register");
        chrome.findElement(By.cssSelector("#register-tool button")).click();
        WebDriverWait wait = new WebDriverWait(chrome, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("registration-frame"));
        wait.until(driver -> !driver.findElements(By.id("lti-close")).isEmpty());
        assertThat(chrome.findElement(By.tagName("h1")).getText()).isEqualTo("Laurel is registered");
        chrome.findElement(By.id("lti-close")).click();
        chrome.switchTo().defaultContent();
        // org.imsglobal.lti.close makes the admin page reload: the marker set before is gone
        wait.until(driver -> Boolean.TRUE.equals(chrome.executeScript("return window.beforeRegistration === undefined;")));
        wait.until(driver -> !driver.findElements(By.id("tools")).isEmpty());
    }

    /** Opens the LMS launch page and waits for Laurel's page in the cross-site frame; returns its text. */
    private static String launchInFrame(WebDriver chrome, String role) {
        chrome.switchTo().defaultContent();
        chrome.get(sandboxUrl + "/launch/" + role);
        WebDriverWait wait = new WebDriverWait(chrome, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("lti-tool-frame"));
        wait.until(driver -> !driver.findElements(By.cssSelector("[data-role], [data-error-code]")).isEmpty());
        String text = chrome.findElement(By.tagName("body")).getText();
        chrome.switchTo().defaultContent();
        return text;
    }

    /** The login initiation URL the sandbox would put in its frame for this (possibly older) registration. */
    private static String loginUrl(ToolRegistration tool, LaunchRole role) {
        LmsPages.Launch page = started.sandbox().getBean(LmsPages.class).launch(role, null, Lti.RESOURCE_LINK_REQUEST);
        return started.sandbox().getBean(LoginInitiation.class).url(tool, page.page().course(), page.user().id(), role,
                Lti.RESOURCE_LINK_REQUEST);
    }

    private static String sessionAfterLaunchFrom(String loginUrl) {
        LmsBrowser browser = new LmsBrowser();
        LmsBrowser.Launch launch = browser.launchFromLogin(loginUrl);
        assertThat(launch.launchResponse().statusCode()).isEqualTo(303);
        assertThat(launch.landing().statusCode()).isEqualTo(200);
        return browser.get(toolUrl + "/lti/session").body();
    }

    private static String sessionAfterLaunch(LmsBrowser browser, String lmsPage) {
        LmsBrowser.Launch launch = browser.launch(lmsPage);
        assertThat(launch.launchResponse().statusCode()).isEqualTo(303);
        return browser.get(toolUrl + "/lti/session").body();
    }

    private static PlatformRegistration toolRegistration(List<PlatformRegistration> platforms, ToolRegistration tool) {
        return platforms.stream().filter(platform -> platform.clientId().equals(tool.clientId())).findFirst()
                .orElseThrow();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
