package dev.laurel.tool.badges.web;

import dev.laurel.tool.badges.SyncedCourseFixture;
import dev.laurel.tool.launch.LtiLaunchMessage;
import dev.laurel.tool.launch.LtiSessionTokens;
import dev.laurel.tool.launch.LtiSessions;
import dev.laurel.tool.launch.LtiUser;
import dev.laurel.tool.launch.PlatformServiceClaims;
import dev.laurel.tool.lti.LaurelRole;
import java.util.Set;
import java.util.UUID;

/** Sessions as a valid launch creates them, for the users of a fixture course: instructors and learners. */
final class TestInstructors {

    private final LtiSessions sessions;
    private final LtiSessionTokens tokens;

    TestInstructors(LtiSessions sessions, LtiSessionTokens tokens) {
        this.sessions = sessions;
        this.tokens = tokens;
    }

    /** A launched user: the session id (cookie mode) or the token (cookieless mode) the browser carries. */
    record Launched(LtiUser user, String sessionId, String token, boolean cookieless) {
    }

    Launched instructor(SyncedCourseFixture course) {
        return launch(course.registrationId, course.deploymentId, course.contextId, "teacher-" + UUID.randomUUID(),
                LaurelRole.INSTRUCTOR, false, PlatformServiceClaims.none());
    }

    Launched learner(SyncedCourseFixture course) {
        return launch(course.registrationId, course.deploymentId, course.contextId, "learner-" + UUID.randomUUID(),
                LaurelRole.LEARNER, false, PlatformServiceClaims.none());
    }

    Launched launch(long registrationId, String deploymentId, String contextId, String userId, LaurelRole role,
            boolean cookieless, PlatformServiceClaims services) {
        LtiUser user = new LtiUser(registrationId, deploymentId, contextId, "Fixture course", userId, "Ada Teacher",
                userId + "@example.edu", Set.of(role), services);
        String sessionId = sessions.create(new LtiLaunchMessage(user, "LtiResourceLinkRequest", "FIX101", null), cookieless);
        return new Launched(user, sessionId, tokens.issue(sessionId), cookieless);
    }
}
