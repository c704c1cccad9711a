package dev.laurel.tool.launch.web;

import dev.laurel.tool.launch.LtiContext;
import dev.laurel.tool.launch.LtiContexts;
import dev.laurel.tool.launch.LtiUser;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Authorization of course URLs {@code /course/{courseId}/...} ({@code courseId} is Laurel's own context id):
 * the session's user must belong to exactly that (registration, deployment, context), so changing the id in a
 * URL never reaches another course; {@link #staff()} also requires an instructor or administrator. Other
 * features use these managers in their own chains: {@code .requestMatchers("/course/{courseId}/x/**").access(courses.staff())}.
 */
@Component
public final class LtiCourseAuthorization {

    public static final String COURSE_ID = "courseId";

    private final LtiContexts contexts;

    public LtiCourseAuthorization(LtiContexts contexts) {
        this.contexts = contexts;
    }

    /** Members of the course (any role, including none). */
    public AuthorizationManager<RequestAuthorizationContext> member() {
        return (authentication, request) -> decide(authentication, request, false);
    }

    /** Instructors and administrators of the course. */
    public AuthorizationManager<RequestAuthorizationContext> staff() {
        return (authentication, request) -> decide(authentication, request, true);
    }

    /** The course of {@code courseId} if {@code user} belongs to it. */
    public Optional<LtiContext> courseOf(LtiUser user, long courseId) {
        return contexts.findById(courseId)
                .filter(course -> user.isIn(course.registrationId(), course.deploymentId(), course.contextId()));
    }

    private AuthorizationResult decide(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext request, boolean staffOnly) {
        Authentication current = authentication.get();
        if (current == null || !(current.getPrincipal() instanceof LtiUser user)) {
            return LtiAccessDecision.denied(LtiAccessDecision.OTHER_COURSE);
        }
        Long courseId = parse(request.getVariables().get(COURSE_ID));
        if (courseId == null || courseOf(user, courseId).isEmpty()) {
            return LtiAccessDecision.denied(LtiAccessDecision.OTHER_COURSE);
        }
        if (staffOnly && !user.isStaff()) {
            return LtiAccessDecision.denied(LtiAccessDecision.INSTRUCTOR_ONLY);
        }
        return LtiAccessDecision.granted();
    }

    private static Long parse(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }
}
