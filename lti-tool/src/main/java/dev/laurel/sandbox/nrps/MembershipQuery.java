package dev.laurel.sandbox.nrps;

import dev.laurel.sandbox.course.CourseRole;

/**
 * What a membership request asks for.
 *
 * @param role only members with this role, or {@code null}
 * @param since only enrolments changed at or after this epoch-millisecond moment (differences), or {@code null}
 */
public record MembershipQuery(long courseId, CourseRole role, Long since, long from, int limit) {
}
