package dev.laurel.tool.launch.web;

import org.springframework.security.authorization.AuthorizationDecision;

/** An access decision that names why access was refused (shown on the 403 page). */
public final class LtiAccessDecision extends AuthorizationDecision {

    public static final String OTHER_COURSE = "other_course";
    public static final String INSTRUCTOR_ONLY = "instructor_only";
    public static final String DEEP_LINKING_REQUIRED = "deep_linking_required";

    private final String code;

    private LtiAccessDecision(boolean granted, String code) {
        super(granted);
        this.code = code;
    }

    public static LtiAccessDecision granted() {
        return new LtiAccessDecision(true, null);
    }

    public static LtiAccessDecision denied(String code) {
        return new LtiAccessDecision(false, code);
    }

    /** Why access was refused, or {@code null} when granted. */
    public String code() {
        return code;
    }
}
