package dev.laurel.sandbox.course.web;

import dev.laurel.sandbox.course.Assignment;
import dev.laurel.sandbox.course.Courses;
import dev.laurel.sandbox.course.Rubric;
import dev.laurel.sandbox.platform.ServiceProblem;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/sandbox/courses/{courseId}/rubrics}: the rubric of each assignment (levels, criteria with
 * their competency descriptions, and the AGS tag of each criterion's line item). A sandbox API, not LTI.
 */
@RestController
class CourseRubricsController {

    private final Courses courses;

    CourseRubricsController(Courses courses) {
        this.courses = courses;
    }

    @GetMapping(path = "/api/sandbox/courses/{courseId}/rubrics", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> rubrics(@PathVariable long courseId) {
        var course = courses.find(courseId).orElseThrow(() -> new ServiceProblem(404, "course_not_found", "no course " + courseId));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("courseId", course.contextId());
        body.put("label", course.label());
        body.put("title", course.title());
        body.put("assignments", courses.assignments(courseId).stream().map(CourseRubricsController::json).toList());
        return body;
    }

    private static Map<String, Object> json(Assignment assignment) {
        Rubric rubric = assignment.rubric();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("assignmentId", String.valueOf(assignment.id()));
        json.put("title", assignment.title());
        json.put("lineItemTag", "assignment");
        json.put("maxPoints", rubric.maxTotal());
        json.put("levels", rubric.levels().stream().map(l -> Map.of("name", l.name(), "points", l.points())).toList());
        json.put("criteria", rubric.criteria().stream().map(c -> {
            Map<String, Object> criterion = new LinkedHashMap<>();
            criterion.put("key", c.key());
            criterion.put("title", c.title());
            criterion.put("description", c.description());
            criterion.put("maxPoints", rubric.maxLevelPoints());
            criterion.put("lineItemTag", "rubric-criterion:" + c.key());
            return criterion;
        }).toList());
        return json;
    }
}
