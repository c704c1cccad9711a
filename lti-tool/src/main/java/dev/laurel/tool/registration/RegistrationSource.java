package dev.laurel.tool.registration;

/** How a platform registration was made. */
public enum RegistrationSource {
    /** Through LTI Dynamic Registration, started by the platform's admin. */
    DYNAMIC,
    /** Entered by a Laurel admin from the platform's values. */
    MANUAL
}
