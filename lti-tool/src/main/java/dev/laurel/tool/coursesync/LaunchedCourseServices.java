package dev.laurel.tool.coursesync;

import dev.laurel.tool.ags.AgsScopes;
import dev.laurel.tool.launch.LtiContext;
import dev.laurel.tool.launch.LtiContexts;
import dev.laurel.tool.launch.PlatformServiceClaims;
import dev.laurel.tool.registration.PlatformRegistration;
import dev.laurel.tool.registration.PlatformRegistrations;
import dev.laurel.tool.services.PlatformServices;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link PlatformServices} and {@link CourseKey} of a launched course from its stored context (the
 * AGS / NRPS endpoint claims of its latest launch) and its registration (client id, token URL, token audience).
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#assignment-and-grade-service-claim">AGS 2.0 §3.1 claim</a>
 * @see <a href="https://www.imsglobal.org/spec/lti-nrps/v2p0/#lti-1-3-integration">NRPS 2.0 §3.6 claim</a>
 */
@Component
public class LaunchedCourseServices {

    private final LtiContexts contexts;
    private final PlatformRegistrations registrations;

    public LaunchedCourseServices(LtiContexts contexts, PlatformRegistrations registrations) {
        this.contexts = contexts;
        this.registrations = registrations;
    }

    /**
     * The course with Laurel's id {@code courseId}, ready to sync.
     *
     * @throws CourseServicesUnavailableException with a specific code when it cannot be synced
     */
    public LaunchedCourse forCourse(long courseId) {
        LtiContext context = contexts.findById(courseId).orElseThrow(() -> new CourseServicesUnavailableException(
                CourseServicesUnavailableException.COURSE_NOT_FOUND, "Laurel does not know this course."));
        PlatformRegistration registration = registrations.findById(context.registrationId())
            .orElseThrow(() -> new CourseServicesUnavailableException(CourseServicesUnavailableException.REGISTRATION_NOT_FOUND,
                    "The LMS this course comes from is no longer registered with Laurel; ask your LMS administrator."));
        PlatformServiceClaims claims = context.services();
        // NRPS §3.6: without a context_memberships_url the platform offers no roster for this context
        if (!claims.hasNrps()) {
            throw new CourseServicesUnavailableException(CourseServicesUnavailableException.NRPS_NOT_GRANTED,
                    "Your LMS does not share this course's participant list with Laurel. Ask your LMS administrator "
                            + "to allow Laurel the Names and Role Provisioning service, then open Laurel again from the course.");
        }
        // AGS §3.1: the lineitems URL and a line-item scope are needed to read the gradebook columns
        if (claims.agsLineItemsUrl() == null || !(claims.agsScopes().contains(AgsScopes.LINE_ITEM)
                || claims.agsScopes().contains(AgsScopes.LINE_ITEM_READ_ONLY))) {
            throw new CourseServicesUnavailableException(CourseServicesUnavailableException.AGS_NOT_GRANTED,
                    "Your LMS does not share this course's gradebook with Laurel. Ask your LMS administrator to allow "
                            + "Laurel the Assignment and Grade services, then open Laurel again from the course.");
        }
        // AGS §3.3.1: reading results needs the result.readonly scope
        if (!claims.agsScopes().contains(AgsScopes.RESULT_READ_ONLY)) {
            throw new CourseServicesUnavailableException(CourseServicesUnavailableException.AGS_RESULTS_NOT_GRANTED,
                    "Your LMS lets Laurel see the gradebook columns but not the grades in them. Ask your LMS "
                            + "administrator to allow Laurel to read results, then open Laurel again from the course.");
        }
        PlatformServices services = new PlatformServices(registration.id(), registration.clientId(),
                registration.tokenUrl(), registration.tokenAudience(), claims.agsLineItemsUrl(), claims.agsScopes(),
                claims.nrpsMembershipsUrl());
        return new LaunchedCourse(context, new CourseKey(context.registrationId(), context.deploymentId(),
                context.contextId()), services);
    }
}
