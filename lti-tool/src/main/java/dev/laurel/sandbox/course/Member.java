package dev.laurel.sandbox.course;

/** A user's enrolment in a course; {@code status} is {@code Active} or {@code Inactive} (NRPS §2.3). */
public record Member(SandboxUser user, CourseRole role, String status, long updatedAt) {
}
