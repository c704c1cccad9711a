package dev.laurel.sandbox;

import dev.laurel.testsupport.HeadlessChromium;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.laurel.sandbox.registration.RegistrationTokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The launch page answers the tool's platform-storage postMessages (LTI Client Side postMessages:
 * lti.capabilities, lti.put_data, lti.get_data) in a real browser, across origins: the sandbox on 127.0.0.1,
 * the tool frame on localhost.
 */
@SandboxTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformStorageBrowserTests {

    private static final String TOOL_PAGE = """
            <!DOCTYPE html><html><body><pre id="log"></pre><script>
            var answers = {};
            window.addEventListener('message', function (event) {
              answers[event.data.message_id] = { origin: event.origin, data: event.data };
              document.getElementById('log').textContent = JSON.stringify(answers);
            });
            parent.postMessage({ subject: 'lti.capabilities', message_id: 'm1' }, '*');
            parent.postMessage({ subject: 'lti.put_data', message_id: 'm2', key: 'state-abc', value: 'nonce-xyz' }, '*');
            parent.postMessage({ subject: 'lti.get_data', message_id: 'm3', key: 'state-abc' }, '*');
            parent.postMessage({ subject: 'lti.get_data', message_id: 'm4', key: 'never-stored' }, '*');
            parent.postMessage({ subject: 'lti.put_data', message_id: 'm5', key: '', value: 'x' }, '*');
            parent.postMessage({ subject: 'lti.teleport', message_id: 'm6' }, '*');
            </script></body></html>""";

    @LocalServerPort
    int port;

    @Autowired
    RegistrationTokens registrationTokens;

    SandboxHttp sandbox;
    TestTool tool;
    ChromeDriver browser;

    @BeforeAll
    void start() throws Exception {
        sandbox = new SandboxHttp(port);
        tool = new TestTool(sandbox);
        tool.servePage("/lti/login", TOOL_PAGE);
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
    @SuppressWarnings("unchecked")
    void answersCapabilitiesAndStoresDataForTheToolOrigin() throws Exception {
        tool.register(registrationTokens.issue());
        browser.get(sandbox.url("/launch/instructor"));
        browser.switchTo().frame("lti-tool-frame");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(driver -> driver.findElement(By.id("log")).getText().contains("m6"));
        Map<String, Object> answers = JSONObjectUtils.parse(browser.findElement(By.id("log")).getText());

        Map<String, Object> capabilities = data(answers, "m1");
        assertThat(capabilities).containsEntry("subject", "lti.capabilities.response");
        assertThat((List<Map<String, Object>>) capabilities.get("supported_messages")).extracting(m -> m.get("subject"))
                .contains("lti.put_data", "lti.get_data");
        assertThat(data(answers, "m2")).containsEntry("subject", "lti.put_data.response").containsEntry("key", "state-abc")
                .containsEntry("value", "nonce-xyz");
        assertThat(data(answers, "m3")).containsEntry("subject", "lti.get_data.response").containsEntry("value", "nonce-xyz");
        assertThat(data(answers, "m4")).containsEntry("subject", "lti.get_data.response").containsEntry("value", null);
        assertThat((Map<String, Object>) data(answers, "m5").get("error")).containsEntry("code", "bad_request");
        assertThat((Map<String, Object>) data(answers, "m6").get("error")).containsEntry("code", "unsupported_subject");
        assertThat((Map<String, Object>) answers.get("m1")).containsEntry("origin", sandbox.base());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<String, Object> answers, String messageId) {
        return (Map<String, Object>) ((Map<String, Object>) answers.get(messageId)).get("data");
    }
}
