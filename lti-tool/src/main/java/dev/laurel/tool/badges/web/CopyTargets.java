package dev.laurel.tool.badges.web;

import dev.laurel.tool.coursesync.CourseKey;
import dev.laurel.tool.coursesync.SyncedCourses;
import dev.laurel.tool.launch.LtiContext;
import dev.laurel.tool.launch.LtiContexts;
import dev.laurel.tool.lti.LtiRoles;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The courses a badge may be copied to: launched courses of the same registration (so the same LMS and the same user
 * ids) whose synced roster lists the instructor as an active instructor or administrator. A session belongs to one
 * course, so the roster of the other course is Laurel's evidence that the instructor teaches it.
 */
@Component
final class CopyTargets {

    /** How many of the registration's most recently launched courses are considered. */
    static final int MAX_COURSES = 200;

    static final String OTHER_REGISTRATION = "copy_other_registration";
    static final String NOT_STAFF = "copy_not_staff";
    static final String SAME_COURSE = "copy_same_course";
    static final String UNKNOWN = "copy_target_unknown";

    private final LtiContexts contexts;
    private final SyncedCourses synced;

    CopyTargets(LtiContexts contexts, SyncedCourses synced) {
        this.contexts = contexts;
        this.synced = synced;
    }

    List<LtiContext> of(LtiContext course, String userId) {
        return contexts.findByRegistration(course.registrationId()).stream().limit(MAX_COURSES)
            .filter(other -> other.id() != course.id() && teaches(other, userId)).toList();
    }

    /** Why {@code targetCourseId} is refused as a copy target, or empty when it is allowed. */
    Optional<PageProblem> refusal(LtiContext course, String userId, long targetCourseId) {
        Optional<LtiContext> target = contexts.findById(targetCourseId);
        if (target.isEmpty()) {
            return Optional.of(new PageProblem(UNKNOWN, "Laurel does not know the course to copy to."));
        }
        if (target.get().registrationId() != course.registrationId()) {
            return Optional.of(new PageProblem(OTHER_REGISTRATION, "Badges can only be copied between courses of the "
                    + "same LMS registration."));
        }
        if (target.get().id() == course.id()) {
            return Optional.of(new PageProblem(SAME_COURSE, "Choose another course than this one."));
        }
        if (!teaches(target.get(), userId)) {
            return Optional.of(new PageProblem(NOT_STAFF, "Laurel's last sync of that course does not list you as its "
                    + "instructor; sync it from that course first."));
        }
        return Optional.empty();
    }

    LtiContext course(long id) {
        return contexts.findById(id).orElseThrow();
    }

    private boolean teaches(LtiContext course, String userId) {
        return synced.member(new CourseKey(course.registrationId(), course.deploymentId(), course.contextId()), userId)
            .filter(member -> member.active())
            .map(member -> LtiRoles.isInstructor(member.roles()))
            .orElse(false);
    }
}
