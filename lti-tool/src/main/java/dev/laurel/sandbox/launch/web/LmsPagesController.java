package dev.laurel.sandbox.launch.web;

import dev.laurel.sandbox.launch.LaunchRole;
import dev.laurel.sandbox.launch.LmsPages;
import dev.laurel.sandbox.platform.Lti;
import dev.laurel.sandbox.platform.ServiceProblem;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The LMS pages: the course home ({@code /}), a launch of Laurel in the course page's frame
 * ({@code /launch/{instructor|learner|admin}}, {@code ?user=} picks a student) and the instructor's
 * "Add Laurel content" deep-linking launch ({@code /launch/instructor/deep-linking}).
 */
@Controller
class LmsPagesController {

    static final String HOME_VIEW = "sandbox/home";
    static final String LAUNCH_VIEW = "sandbox/launch";

    private final LmsPages pages;

    LmsPagesController(LmsPages pages) {
        this.pages = pages;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("page", pages.demoCourse());
        return HOME_VIEW;
    }

    @GetMapping("/launch/{role}")
    String launch(@PathVariable LaunchRole role, @RequestParam(name = "user", required = false) Long learnerId, Model model) {
        model.addAttribute("launch", pages.launch(role, learnerId, Lti.RESOURCE_LINK_REQUEST));
        return LAUNCH_VIEW;
    }

    @GetMapping("/launch/instructor/deep-linking")
    String deepLinking(Model model) {
        model.addAttribute("launch", pages.launch(LaunchRole.instructor, null, Lti.DEEP_LINKING_REQUEST));
        return LAUNCH_VIEW;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String unknownRole(Model model, HttpServletResponse response) {
        response.setStatus(404);
        model.addAttribute("title", "No such launch");
        model.addAttribute("code", "launch_role_unknown");
        model.addAttribute("message", "Launch as instructor, learner or admin.");
        return OidcAuthorizationController.ERROR_VIEW;
    }

    @ExceptionHandler(ServiceProblem.class)
    String problem(ServiceProblem problem, Model model, HttpServletResponse response) {
        response.setStatus(problem.status());
        model.addAttribute("title", "This page is not available");
        model.addAttribute("code", problem.code());
        model.addAttribute("message", problem.getMessage());
        return OidcAuthorizationController.ERROR_VIEW;
    }
}
