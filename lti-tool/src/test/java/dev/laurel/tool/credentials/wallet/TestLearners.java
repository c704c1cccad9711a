package dev.laurel.tool.credentials.wallet;

import dev.laurel.tool.lti.LaurelRole;
import dev.laurel.tool.launch.LtiContexts;
import dev.laurel.tool.launch.LtiLaunchMessage;
import dev.laurel.tool.launch.LtiSessionTokens;
import dev.laurel.tool.launch.LtiSessions;
import dev.laurel.tool.launch.LtiUser;
import java.util.Set;
import java.util.UUID;

/** Launched learners of a course, as a valid LTI launch stores them: a context, a cookieless session and its token. */
final class TestLearners {

    /** A launched learner: the user, Laurel's course id and the session token their links carry. */
    record Learner(LtiUser user, long courseId, String token) {
    }

    private final LtiContexts contexts;
    private final LtiSessions sessions;
    private final LtiSessionTokens tokens;

    TestLearners(LtiContexts contexts, LtiSessions sessions, LtiSessionTokens tokens) {
        this.contexts = contexts;
        this.sessions = sessions;
        this.tokens = tokens;
    }

    /** A learner with a fresh {@code sub} in {@code contextId} of registration 7. */
    Learner launch(String contextId) {
        return launch(contextId, "learner-" + UUID.randomUUID());
    }

    /** The learner {@code sub} launched in {@code contextId} of registration 7. */
    Learner launch(String contextId, String sub) {
        LtiUser user = new LtiUser(7L, "deployment-1", contextId, "Data science 101", sub, "Ada Learner",
                sub + "@example.edu", Set.of(LaurelRole.LEARNER), null);
        LtiLaunchMessage message = new LtiLaunchMessage(user, "LtiResourceLinkRequest", "DS101", null);
        contexts.record(message);
        String sessionId = sessions.create(message, true);
        long courseId = contexts.find(7L, "deployment-1", contextId).orElseThrow().id();
        return new Learner(user, courseId, tokens.issue(sessionId));
    }
}
