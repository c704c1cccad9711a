package dev.laurel.sandbox.course;

import dev.laurel.sandbox.platform.Lti;

/** A course membership role and its LIS v2 role URI (LTI 1.3 Core §A.2.2). */
public enum CourseRole {
    INSTRUCTOR(Lti.ROLE_INSTRUCTOR), LEARNER(Lti.ROLE_LEARNER);

    private final String uri;

    CourseRole(String uri) {
        this.uri = uri;
    }

    public String uri() {
        return uri;
    }
}
