package dev.laurel.tool.launch;

/**
 * A valid launch in a course (a launch with a context), published once the launch is recorded: its user, with the
 * registration, deployment, context and roles of the launch.
 */
public record LtiCourseLaunchedEvent(LtiUser user) {
}
