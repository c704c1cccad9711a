package dev.laurel.tool.registration;

/**
 * The outcome of {@link PlatformRegistrations#acceptDeployment(long, String)}, as {@code DESIGN.md} decides.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#lti-deployment-id-claim">LTI 1.3 Core §5.3.3 deployment_id</a>
 */
public enum DeploymentDecision {
    /** The deployment was already known. */
    ACCEPTED,
    /** The deployment was unknown and the registration accepts new ones: it is now known. */
    ADDED,
    /** The deployment is unknown and the registration accepts only known ones: reject with {@link #ERROR_CODE}. */
    REJECTED;

    /** The error code a launch with a rejected deployment carries. */
    public static final String ERROR_CODE = "invalid_deployment";

    /** Whether the launch may go on. */
    public boolean accepted() {
        return this != REJECTED;
    }
}
