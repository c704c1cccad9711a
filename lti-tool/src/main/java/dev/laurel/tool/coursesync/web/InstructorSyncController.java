package dev.laurel.tool.coursesync.web;

import dev.laurel.tool.coursesync.CourseKey;
import dev.laurel.tool.coursesync.CourseServicesUnavailableException;
import dev.laurel.tool.coursesync.CourseSyncService;
import dev.laurel.tool.coursesync.LaunchedCourse;
import dev.laurel.tool.coursesync.LaunchedCourseServices;
import dev.laurel.tool.launch.LtiContext;
import dev.laurel.tool.launch.LtiSessionAuthentication;
import dev.laurel.tool.launch.LtiSessionTokens;
import dev.laurel.tool.launch.web.LtiCourseAuthorization;
import dev.laurel.tool.launch.web.LtiSessionSecurityContextRepository;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The instructor's course sync page {@code /course/{courseId}/instructor/sync}: the last sync and a "Sync now"
 * button that schedules the persistent sync job, with its progress polled from
 * {@code /course/{courseId}/instructor/sync/progress}. The launch chain restricts these paths to the course's
 * staff; the POST form carries the session token, which a foreign site cannot know (its CSRF protection).
 */
@Controller
class InstructorSyncController {

    static final String PAGE_VIEW = "coursesync/instructor-sync";
    static final String STATUS_FRAGMENT = "coursesync/instructor-sync :: status";
    static final String FORM_TOKEN_INVALID = "sync_form_token_invalid";

    private final LtiCourseAuthorization courses;
    private final LaunchedCourseServices launchedCourses;
    private final CourseSyncService syncs;
    private final LtiSessionTokens tokens;

    InstructorSyncController(LtiCourseAuthorization courses, LaunchedCourseServices launchedCourses,
            CourseSyncService syncs, LtiSessionTokens tokens) {
        this.courses = courses;
        this.launchedCourses = launchedCourses;
        this.syncs = syncs;
        this.tokens = tokens;
    }

    @GetMapping("/course/{courseId}/instructor/sync")
    String page(LtiSessionAuthentication authentication, @PathVariable long courseId, Model model) {
        LtiContext course = course(authentication, courseId);
        try {
            launchedCourses.forCourse(courseId);
        }
        catch (CourseServicesUnavailableException ex) {
            model.addAttribute("problem", new Problem(ex.code(), ex.getMessage()));
        }
        return show(authentication, course, model);
    }

    @PostMapping("/course/{courseId}/instructor/sync")
    Object syncNow(LtiSessionAuthentication authentication, @PathVariable long courseId,
            @RequestParam(name = LtiSessionSecurityContextRepository.TOKEN_PARAMETER, required = false) String formToken,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        LtiContext course = course(authentication, courseId);
        if (tokens.sessionId(formToken).filter(authentication.sessionId()::equals).isEmpty()) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("problem", new Problem(FORM_TOKEN_INVALID,
                    "This sync request did not come from Laurel's own page. Open the sync page again and press Sync now."));
            return show(authentication, course, model);
        }
        LaunchedCourse launched;
        try {
            launched = launchedCourses.forCourse(courseId);
        }
        catch (CourseServicesUnavailableException ex) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("problem", new Problem(ex.code(), ex.getMessage()));
            return show(authentication, course, model);
        }
        syncs.requestSync(launched.key(), launched.services());
        Object token = request.getAttribute(LtiSessionSecurityContextRepository.TOKEN_ATTRIBUTE);
        String target = "/course/" + courseId + "/instructor/sync" + (token instanceof String text
                ? "?" + LtiSessionSecurityContextRepository.TOKEN_PARAMETER + "=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                : "");
        RedirectView redirect = new RedirectView(target, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return redirect;
    }

    @GetMapping("/course/{courseId}/instructor/sync/progress")
    String progress(LtiSessionAuthentication authentication, @PathVariable long courseId, Model model,
            HttpServletResponse response) {
        LtiContext course = course(authentication, courseId);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("progress", syncs.progress(keyOf(course)).orElse(null));
        return STATUS_FRAGMENT;
    }

    private String show(LtiSessionAuthentication authentication, LtiContext course, Model model) {
        model.addAttribute("course", course);
        model.addAttribute("progress", syncs.progress(keyOf(course)).orElse(null));
        model.addAttribute("formToken", tokens.issue(authentication.sessionId()));
        return PAGE_VIEW;
    }

    private LtiContext course(LtiSessionAuthentication authentication, long courseId) {
        // the chain already granted only the course's staff; this guards against a chain change
        return courses.courseOf(authentication.getPrincipal(), courseId)
            .orElseThrow(() -> new AccessDeniedException("not a member of course " + courseId));
    }

    private static CourseKey keyOf(LtiContext course) {
        return new CourseKey(course.registrationId(), course.deploymentId(), course.contextId());
    }

    /** An error shown on the page: its code and a plain sentence. */
    record Problem(String code, String sentence) {
    }
}
