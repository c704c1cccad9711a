package dev.laurel.sandbox.launch;

import dev.laurel.sandbox.platform.Lti;
import java.util.List;

/** Who the sandbox launches as, and the LTI roles of that launch (LTI 1.3 Core §5.3.7, Appendix A.2). */
public enum LaunchRole {
    instructor(List.of(Lti.ROLE_INSTRUCTOR)),
    learner(List.of(Lti.ROLE_LEARNER)),
    admin(List.of(Lti.ROLE_INSTITUTION_ADMIN, Lti.ROLE_SYSTEM_ADMIN));

    private final List<String> roles;

    LaunchRole(List<String> roles) {
        this.roles = roles;
    }

    public List<String> roles() {
        return roles;
    }
}
