package dev.laurel.tool.badges.demo;

import java.util.List;

/** An assignment's rubric as the sandbox LMS's {@code /api/sandbox/courses/{id}/rubrics} returns it. */
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
record SandboxRubric(String assignmentId, String title, List<Level> levels, List<Criterion> criteria) {

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record Level(String name, double points) {
    }

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record Criterion(String key, String title, String description, String lineItemTag) {
    }

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record Course(String courseId, String title, List<SandboxRubric> assignments) {
    }
}
