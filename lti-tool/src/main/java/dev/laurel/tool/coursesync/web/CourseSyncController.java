package dev.laurel.tool.coursesync.web;

import dev.laurel.tool.coursesync.CourseKey;
import dev.laurel.tool.coursesync.CourseSyncProgress;
import dev.laurel.tool.coursesync.CourseSyncService;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A course's sync progress as JSON, and as a page fragment the instructor UI embeds. */
@Controller
@RequestMapping("/courses/{courseKey}/sync")
class CourseSyncController {

    static final String PROGRESS_FRAGMENT = "coursesync/progress :: progress";

    private final CourseSyncService syncs;

    CourseSyncController(CourseSyncService syncs) {
        this.syncs = syncs;
    }

    @GetMapping(path = "/progress", produces = "application/json")
    @ResponseBody
    ResponseEntity<?> progress(@PathVariable String courseKey) {
        Optional<CourseSyncProgress> progress = syncs.progress(CourseKey.parse(courseKey));
        return progress.<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(error("course_sync_not_found")));
    }

    @GetMapping("/fragment")
    String fragment(@PathVariable String courseKey, Model model) {
        model.addAttribute("progress", syncs.progress(CourseKey.parse(courseKey)).orElse(null));
        return PROGRESS_FRAGMENT;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    @ResponseBody
    Map<String, String> invalidCourseKey() {
        return error("invalid_course_key");
    }

    private static Map<String, String> error(String code) {
        return Map.of("error", code);
    }
}
