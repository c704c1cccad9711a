package dev.laurel.sandbox;

import dev.laurel.testsupport.HeadlessChromium;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The admin's "Register a tool by its registration URL" opens the tool's URL with openid_configuration and
 * registration_token in a frame, and refreshes the page when the tool posts {@code org.imsglobal.lti.close}.
 */
@SandboxTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminToolsBrowserTests {

    private static final String REGISTRATION_PAGE = """
            <!DOCTYPE html><html><body><p id="seen"></p><script>
            document.getElementById('seen').textContent = location.search;
            setTimeout(function () { (window.opener || window.parent).postMessage({ subject: 'org.imsglobal.lti.close' }, '*'); }, 1500);
            </script></body></html>""";

    @LocalServerPort
    int port;

    SandboxHttp sandbox;
    TestTool tool;
    ChromeDriver browser;

    @BeforeAll
    void start() throws Exception {
        sandbox = new SandboxHttp(port);
        tool = new TestTool(sandbox);
        tool.servePage("/lti/register", REGISTRATION_PAGE);
        browser = HeadlessChromium.start();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        tool.close();
    }

    @Test
    void opensTheToolsRegistrationUrlAndReloadsOnClose() {
        browser.get(sandbox.url("/admin/tools"));
        browser.executeScript("window.beforeRegistration = true;");
        browser.findElement(By.id("registration_url")).sendKeys(tool.origin() + "/lti/register");
        browser.findElement(By.cssSelector("#register-tool button")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        wait.until(driver -> browser.findElement(By.id("registration-frame")).getAttribute("src") != null
                && browser.findElement(By.id("registration-frame")).getAttribute("src").startsWith(tool.origin()));
        Map<String, String> params = SandboxHttp.query(browser.findElement(By.id("registration-frame")).getAttribute("src"));
        assertThat(params).containsEntry("openid_configuration", sandbox.base() + "/.well-known/openid-configuration")
                .containsKey("registration_token");

        wait.until(driver -> browser.executeScript("return window.beforeRegistration === undefined;").equals(Boolean.TRUE));
        assertThat(browser.findElement(By.id("registration-frame")).isDisplayed()).isFalse();
    }
}
