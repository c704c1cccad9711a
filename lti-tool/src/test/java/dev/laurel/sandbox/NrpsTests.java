package dev.laurel.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.laurel.sandbox.course.CourseRole;
import dev.laurel.sandbox.demo.SandboxCourses;
import dev.laurel.sandbox.platform.Lti;
import dev.laurel.sandbox.registration.RegistrationTokens;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SandboxTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NrpsTests {

    @LocalServerPort
    int port;

    @Autowired
    RegistrationTokens registrationTokens;

    @Autowired
    SandboxCourses sandboxCourses;

    SandboxHttp sandbox;
    TestTool tool;
    String clientId;
    String token;
    SandboxCourses.GeneratedCourse course;

    @BeforeAll
    void prepare() {
        sandbox = new SandboxHttp(port);
        tool = new TestTool(sandbox);
        clientId = tool.register(registrationTokens.issue()).clientId();
        token = tool.accessToken(clientId, Lti.SCOPE_NRPS);
        course = sandboxCourses.createCourse(1000, 0);
    }

    @AfterAll
    void stopTool() {
        tool.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void returnsAllThousandMembersAcrossPages() {
        Set<String> users = new HashSet<>();
        int pages = 0;
        String next = memberships() + "?limit=150";
        HttpResponse<String> page = null;
        while (next != null) {
            page = get(next);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith(Lti.MEDIA_MEMBERSHIP_CONTAINER));
            Map<String, Object> body = SandboxHttp.json(page);
            assertThat((Map<String, Object>) body.get("context")).containsEntry("id", String.valueOf(course.courseId()));
            ((List<Map<String, Object>>) body.get("members")).forEach(member -> users.add((String) member.get("user_id")));
            next = SandboxHttp.link(page, "next");
            pages++;
        }

        assertThat(users).hasSize(1000);
        assertThat(pages).isEqualTo(7);
        assertThat(SandboxHttp.link(page, "differences")).contains("since=");
    }

    @Test
    @SuppressWarnings("unchecked")
    void membersCarryNamesEmailsAndRoleUris() {
        Map<String, Object> member = ((List<Map<String, Object>>) SandboxHttp.json(get(memberships() + "?limit=1")).get("members")).get(0);

        assertThat(member).containsEntry("status", "Active").containsKeys("name", "given_name", "family_name", "email", "user_id");
        assertThat((List<String>) member.get("roles")).containsExactly(Lti.ROLE_INSTRUCTOR);
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersByRoleUriAndShortName() {
        List<Object> instructors = (List<Object>) SandboxHttp.json(get(memberships() + "?role="
                + java.net.URLEncoder.encode(Lti.ROLE_INSTRUCTOR, java.nio.charset.StandardCharsets.UTF_8))).get("members");
        List<Map<String, Object>> learners = (List<Map<String, Object>>) SandboxHttp.json(get(memberships() + "?role=Learner&limit=5"))
                .get("members");

        assertThat(instructors).hasSize(1);
        assertThat(learners).hasSize(5).allSatisfy(m -> assertThat((List<String>) m.get("roles")).containsExactly(Lti.ROLE_LEARNER));
    }

    @Test
    @SuppressWarnings("unchecked")
    void differencesLinkReturnsOnlyLaterChanges() {
        SandboxCourses.GeneratedCourse changing = sandboxCourses.createCourse(10, 0);
        clockMovesOn();
        HttpResponse<String> full = get("/api/lti/courses/" + changing.courseId() + "/memberships");
        String differences = SandboxHttp.link(full, "differences");
        clockMovesOn();
        long newcomer = sandboxCourses.addUser("Nora", "Newcomer", "nora.newcomer@sandbox.example", false);
        sandboxCourses.enrol(changing.courseId(), newcomer, CourseRole.LEARNER, "Active");
        sandboxCourses.enrol(changing.courseId(), changing.memberIds().get(7), CourseRole.LEARNER, "Inactive");

        List<Map<String, Object>> changed = (List<Map<String, Object>>) SandboxHttp.json(get(differences)).get("members");

        assertThat(changed).extracting(m -> m.get("user_id"))
                .containsExactlyInAnyOrder(String.valueOf(newcomer), String.valueOf(changing.memberIds().get(7)));
        assertThat(changed).filteredOn(m -> m.get("user_id").equals(String.valueOf(changing.memberIds().get(7))))
                .extracting(m -> m.get("status")).containsExactly("Inactive");
    }

    @Test
    void unknownResourceLinkIsNotFound() {
        HttpResponse<String> response = get(memberships() + "?rlid=no-such-link");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(SandboxHttp.json(response)).containsEntry("error", "resource_link_not_found");
    }

    @Test
    void knownResourceLinkIsAccepted() {
        assertThat(get(memberships() + "?rlid=laurel-" + course.courseId() + "&limit=1").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownRoleIsABadRequest() {
        HttpResponse<String> response = get(memberships() + "?role=Wizard");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SandboxHttp.json(response)).containsEntry("error", "role_unknown");
    }

    @Test
    void agsTokenCannotReadMemberships() {
        String agsToken = tool.accessToken(clientId, Lti.SCOPE_LINEITEM);
        HttpResponse<String> response = sandbox.get(memberships(), "Authorization", "Bearer " + agsToken);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(SandboxHttp.json(response)).containsEntry("error", "insufficient_scope");
    }

    /** Enrolment changes are stamped in milliseconds: let one pass so "before" and "after" differ. */
    private static void clockMovesOn() {
        long now = System.currentTimeMillis();
        await().until(() -> System.currentTimeMillis() > now);
    }

    private String memberships() {
        return "/api/lti/courses/" + course.courseId() + "/memberships";
    }

    private HttpResponse<String> get(String url) {
        return sandbox.get(url, "Authorization", "Bearer " + token, "Accept", Lti.MEDIA_MEMBERSHIP_CONTAINER);
    }
}
