package dev.laurel.tool.registration;

/** Where a known deployment id came from. */
public enum DeploymentOrigin {
    /** Returned by the platform in the Dynamic Registration response (Moodle). */
    REGISTRATION,
    /** Entered by an admin. */
    MANUAL,
    /** Added on the first valid launch of a registration that accepts new deployments (Canvas). */
    FIRST_LAUNCH
}
