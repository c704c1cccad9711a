package dev.laurel.tool.registration;

import java.time.Instant;

/**
 * A deployment of Laurel inside a platform registration.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#tool-deployment">LTI 1.3 Core §3.1.3 Tool deployment</a>
 */
public record Deployment(long registrationId, String deploymentId, DeploymentOrigin origin, Instant addedAt) {
}
