package dev.laurel.tool.launch;

import dev.laurel.testsupport.LiveSandbox;
import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.testsupport.DatabaseTest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** End-to-end launches from the sandbox LMS into the tool over real HTTP, cross-site (127.0.0.1 → localhost). */
@DatabaseTest
class SandboxLaunchTests {

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
    void instructorLaunchesFromTheSandboxCourse() {
        LmsBrowser.Launch launch = new LmsBrowser().launch(live.sandboxUrl + "/launch/instructor");

        assertThat(launch.launchResponse().statusCode()).isEqualTo(303);
        assertThat(launch.landing().statusCode()).isEqualTo(200);
        assertThat(launch.landing().body()).contains("Badges for");
    }

    @Test
    void learnerLaunchesFromTheSandboxCourse() {
        LmsBrowser browser = new LmsBrowser();
        LmsBrowser.Launch launch = browser.launch(live.sandboxUrl + "/launch/learner");

        assertThat(launch.landing().body()).contains("My badges");
        HttpResponse<String> session = browser.get(live.toolUrl + "/lti/session");
        assertThat(session.statusCode()).isEqualTo(200);
        assertThat(session.body()).contains("\"LEARNER\"").contains("\"registrationId\":" + live.registration.id());
    }

    @Test
    void adminLaunchesFromTheSandbox() {
        LmsBrowser.Launch launch = new LmsBrowser().launch(live.sandboxUrl + "/launch/admin");

        assertThat(launch.landing().body()).contains("/admin/registrations");
    }

    @Test
    void deepLinkingRoundTripPlacesTheBadgeHubInTheSandboxCourse() {
        LmsBrowser browser = new LmsBrowser();
        LmsBrowser.Launch launch = browser.launch(live.sandboxUrl + "/launch/instructor/deep-linking");
        assertThat(launch.landing().body()).contains("Laurel badge hub");

        String formToken = between(launch.landing().body(), "name=\"lti_session\" value=\"", "\"");
        HttpResponse<String> response = browser.post(live.toolUrl + "/deep-linking/response",
                Map.of("offer", "badge-hub", "lti_session", formToken));
        assertThat(response.statusCode()).isEqualTo(200);
        String returnUrl = LmsBrowser.unescape(between(response.body(), "action=\"", "\""));
        String jwt = between(response.body(), "name=\"JWT\" value=\"", "\"");
        assertThat(returnUrl).startsWith(live.sandboxUrl);

        HttpResponse<String> placed = browser.post(returnUrl, Map.of("JWT", jwt));
        assertThat(placed.statusCode()).isEqualTo(200);
        assertThat(placed.body()).contains("Content added to the course").contains("Laurel badge hub");
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}
