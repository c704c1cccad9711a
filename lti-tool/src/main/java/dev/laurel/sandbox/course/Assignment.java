package dev.laurel.sandbox.course;

/** An assignment of a course, graded with a rubric. */
public record Assignment(long id, long courseId, String title, int position, Rubric rubric) {
}
