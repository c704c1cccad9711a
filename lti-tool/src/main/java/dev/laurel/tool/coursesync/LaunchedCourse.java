package dev.laurel.tool.coursesync;

import dev.laurel.tool.launch.LtiContext;
import dev.laurel.tool.services.PlatformServices;

/**
 * A launched course ready to sync: the stored context, its {@link CourseKey} and the platform services of its
 * latest launch with the registration's token endpoint.
 */
public record LaunchedCourse(LtiContext context, CourseKey key, PlatformServices services) {
}
