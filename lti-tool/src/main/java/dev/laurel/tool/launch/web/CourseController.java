package dev.laurel.tool.launch.web;

import dev.laurel.tool.lti.LaurelRole;
import dev.laurel.tool.launch.LtiContext;
import dev.laurel.tool.launch.LtiContexts;
import dev.laurel.tool.launch.LtiUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Where a launch lands: {@code /course} greets the user by role (instructor: "Badges for &lt;course&gt;",
 * learner: "My badges", admin: the registration admin); {@code /course/{courseId}} and
 * {@code /course/{courseId}/instructor} are the course's member and instructor pages (authorized in the chain).
 */
@Controller
class CourseController {

    static final String COURSE_VIEW = "launch/course";
    static final String INSTRUCTOR_VIEW = "launch/course-instructor";

    private final LtiContexts contexts;

    CourseController(LtiContexts contexts) {
        this.contexts = contexts;
    }

    @GetMapping("/course")
    String landing(@AuthenticationPrincipal LtiUser user, Model model) {
        LtiContext course = user.contextId() == null ? null
                : contexts.find(user.registrationId(), user.deploymentId(), user.contextId()).orElse(null);
        return show(user, course, model);
    }

    @GetMapping("/course/{courseId}")
    String course(@AuthenticationPrincipal LtiUser user, @PathVariable long courseId, Model model) {
        return show(user, contexts.findById(courseId).orElseThrow(), model);
    }

    @GetMapping("/course/{courseId}/instructor")
    String instructor(@AuthenticationPrincipal LtiUser user, @PathVariable long courseId, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("course", contexts.findById(courseId).orElseThrow());
        return INSTRUCTOR_VIEW;
    }

    private String show(LtiUser user, LtiContext course, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("course", course);
        model.addAttribute("admin", user.hasRole(LaurelRole.ADMIN));
        model.addAttribute("staff", user.isStaff());
        model.addAttribute("learner", user.hasRole(LaurelRole.LEARNER));
        return COURSE_VIEW;
    }
}
