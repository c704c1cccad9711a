package dev.laurel.tool.coursesync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.ags.AgsScopes;
import dev.laurel.tool.nrps.NrpsMembershipClient;
import dev.laurel.tool.registration.NewRegistration;
import dev.laurel.tool.registration.PlatformRegistration;
import dev.laurel.tool.registration.PlatformRegistrations;
import dev.laurel.tool.registration.RegistrationSource;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ToolTest
@DatabaseTest
class LaunchedCourseServicesTests {

    private static final String LINE_ITEMS = "https://lms.example/api/lti/courses/7/line_items?type_id=3";
    private static final String MEMBERSHIPS = "https://lms.example/api/lti/courses/7/names_and_roles";

    @Autowired
    LaunchedCourseServices launchedCourses;

    @Autowired
    PlatformRegistrations registrations;

    @Autowired
    JdbcClient jdbc;

    private PlatformRegistration registration;

    @BeforeEach
    void register() {
        registration = registrations.register(new NewRegistration("https://lms-" + UUID.randomUUID() + ".example",
                "client-7", URI.create("https://lms.example/auth"), URI.create("https://lms.example/token"),
                URI.create("https://lms.example/jwks"), "https://lms.example/oauth2/aud", "Example LMS",
                RegistrationSource.MANUAL, false, List.of("dep-1")));
    }

    @Test
    void buildsServicesFromTheLaunchedContextAndItsRegistration() {
        long courseId = context(LINE_ITEMS, scopes(AgsScopes.LINE_ITEM_READ_ONLY, AgsScopes.RESULT_READ_ONLY), MEMBERSHIPS);

        LaunchedCourse course = launchedCourses.forCourse(courseId);

        assertThat(course.key()).isEqualTo(new CourseKey(registration.id(), "dep-1", "ctx-" + courseId));
        assertThat(course.context().id()).isEqualTo(courseId);
        assertThat(course.services().registrationId()).isEqualTo(registration.id());
        assertThat(course.services().clientId()).isEqualTo("client-7");
        assertThat(course.services().tokenUrl()).isEqualTo(URI.create("https://lms.example/token"));
        assertThat(course.services().assertionAudience()).isEqualTo("https://lms.example/oauth2/aud");
        assertThat(course.services().lineItemsUrl()).isEqualTo(URI.create(LINE_ITEMS));
        assertThat(course.services().agsScopes()).containsExactlyInAnyOrder(AgsScopes.LINE_ITEM_READ_ONLY,
                AgsScopes.RESULT_READ_ONLY);
        assertThat(course.services().membershipsUrl()).isEqualTo(URI.create(MEMBERSHIPS));
    }

    @Test
    void acceptsTheFullLineItemScopeInsteadOfReadOnly() {
        long courseId = context(LINE_ITEMS, scopes(AgsScopes.LINE_ITEM, AgsScopes.RESULT_READ_ONLY, AgsScopes.SCORE),
                MEMBERSHIPS);

        assertThat(launchedCourses.forCourse(courseId).services().grants(AgsScopes.LINE_ITEM)).isTrue();
    }

    @Test
    void rejectsCourseWhoseLaunchCarriedNoLineItemsUrlAsAgsNotGranted() {
        long courseId = context(null, scopes(AgsScopes.LINE_ITEM_READ_ONLY, AgsScopes.RESULT_READ_ONLY), MEMBERSHIPS);

        assertRejected(courseId, CourseServicesUnavailableException.AGS_NOT_GRANTED);
    }

    @Test
    void rejectsCourseWithOnlyTheScoreScopeAsAgsNotGranted() {
        long courseId = context(LINE_ITEMS, scopes(AgsScopes.SCORE), MEMBERSHIPS);

        assertRejected(courseId, CourseServicesUnavailableException.AGS_NOT_GRANTED);
    }

    @Test
    void rejectsCourseWithoutResultReadScopeAsAgsResultsNotGranted() {
        long courseId = context(LINE_ITEMS, scopes(AgsScopes.LINE_ITEM_READ_ONLY), MEMBERSHIPS);

        assertRejected(courseId, CourseServicesUnavailableException.AGS_RESULTS_NOT_GRANTED);
    }

    @Test
    void rejectsCourseWithoutMembershipsUrlAsNrpsNotGranted() {
        long courseId = context(LINE_ITEMS, scopes(AgsScopes.LINE_ITEM_READ_ONLY, AgsScopes.RESULT_READ_ONLY), null);

        assertRejected(courseId, CourseServicesUnavailableException.NRPS_NOT_GRANTED);
    }

    @Test
    void rejectsUnknownCourseAsCourseNotFound() {
        assertRejected(Long.MAX_VALUE, CourseServicesUnavailableException.COURSE_NOT_FOUND);
    }

    @Test
    void errorSentencesAreMeantForInstructors() {
        long courseId = context(LINE_ITEMS, scopes(AgsScopes.SCORE), MEMBERSHIPS);

        assertThatThrownBy(() -> launchedCourses.forCourse(courseId)).hasMessageStartingWith("Your LMS does not share")
                .hasMessageNotContaining("lti-ags").hasMessageNotContaining(NrpsMembershipClient.SCOPE);
    }

    private void assertRejected(long courseId, String code) {
        assertThatThrownBy(() -> launchedCourses.forCourse(courseId))
            .isInstanceOfSatisfying(CourseServicesUnavailableException.class, ex -> assertThat(ex.code()).isEqualTo(code));
    }

    private static String scopes(String... scopes) {
        return String.join(" ", Set.of(scopes));
    }

    /** Stores a launched context as the launch does and returns Laurel's course id. */
    private long context(String lineItemsUrl, String agsScopes, String membershipsUrl) {
        String contextId = "pending-" + UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO lti_context (registration_id, deployment_id, context_id, title, label, ags_lineitems_url,
                    ags_scopes, nrps_memberships_url, first_launch_at, last_launch_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(registration.id(), "dep-1", contextId, "Statistics", "STAT1", lineItemsUrl, agsScopes,
                    membershipsUrl, now, now)
            .update();
        long id = jdbc.sql("SELECT id FROM lti_context WHERE context_id = ?").param(contextId).query(Long.class).single();
        jdbc.sql("UPDATE lti_context SET context_id = ? WHERE id = ?").params("ctx-" + id, id).update();
        return id;
    }
}
