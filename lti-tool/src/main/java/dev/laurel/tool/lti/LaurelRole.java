package dev.laurel.tool.lti;

/** What a launched user may do in Laurel, derived from the LTI roles of the launch ({@link LtiRoles}). */
public enum LaurelRole {

    /** Institution or system administrator: may reach the registration admin. */
    ADMIN,
    /** Course staff who define and issue badges. */
    INSTRUCTOR,
    /** Course members who earn badges. */
    LEARNER;

    /** The Spring Security authority of this role, e.g. {@code ROLE_LTI_INSTRUCTOR}. */
    public String authority() {
        return "ROLE_LTI_" + name();
    }
}
