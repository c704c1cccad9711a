package dev.laurel.tool.launch;

import java.time.Instant;

/**
 * A course (LTI context) Laurel was launched in, with the service endpoints of its latest launch; read by
 * course sync (AGS / NRPS).
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#context-claim">LTI 1.3 Core §5.4.1 Context claim</a>
 */
public record LtiContext(long id, long registrationId, String deploymentId, String contextId, String title,
        String label, PlatformServiceClaims services, Instant firstLaunchAt, Instant lastLaunchAt) {
}
