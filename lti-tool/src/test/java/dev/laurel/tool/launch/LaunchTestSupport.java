package dev.laurel.tool.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

/** Login and assertions shared by the launch tests. */
final class LaunchTestSupport {

    /** What the tool sent to the platform's authorization endpoint. */
    record Login(String state, String nonce, Map<String, String> request) {
    }

    private LaunchTestSupport() {
    }

    static Login login(ToolBrowser browser, TestPlatform platform, String targetLinkUri) {
        HttpResponse<String> redirect = browser.login(platform, targetLinkUri, Map.of());
        assertThat(redirect.statusCode()).as("login redirect").isEqualTo(302);
        Map<String, String> request = ToolBrowser.query(redirect);
        return new Login(request.get("state"), request.get("nonce"), request);
    }

    /** The rejection page with {@code code}, a 4xx, and no session afterwards. */
    static void assertRejected(ToolBrowser browser, HttpResponse<String> response, String code) {
        assertThat(response.body()).contains(">" + code + "</span>");
        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.body()).doesNotContain("Exception");
        assertNoSession(browser);
    }

    static void assertNoSession(ToolBrowser browser) {
        assertThat(browser.cookie("LAUREL_LTI_SESSION")).isNull();
        HttpResponse<String> session = browser.get("/lti/session");
        assertThat(session.statusCode()).isEqualTo(401);
        assertThat(session.body()).contains("session_missing");
    }
}
