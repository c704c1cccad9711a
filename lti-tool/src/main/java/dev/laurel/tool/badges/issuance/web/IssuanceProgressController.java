package dev.laurel.tool.badges.issuance.web;

import dev.laurel.tool.badges.issuance.IssuanceRun;
import dev.laurel.tool.badges.issuance.IssuanceService;
import dev.laurel.tool.launch.LtiContext;
import dev.laurel.tool.launch.LtiSessionAuthentication;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * An issuance run's progress {@code /course/{courseId}/instructor/issuance/{runId}}: a progress bar and the
 * figures, the failed learners with their errors. The page polls itself while the run is active.
 */
@Controller
class IssuanceProgressController {

    static final String VIEW = "badges/issuance/progress";
    private static final int FAILURES_SHOWN = 50;

    private final StaffPages pages;
    private final IssuanceService issuance;

    IssuanceProgressController(StaffPages pages, IssuanceService issuance) {
        this.pages = pages;
        this.issuance = issuance;
    }

    @GetMapping("/course/{courseId}/instructor/issuance/{runId}")
    String progress(LtiSessionAuthentication authentication, @PathVariable long courseId, @PathVariable long runId,
            Model model, HttpServletResponse response) {
        LtiContext course = pages.course(authentication, courseId);
        IssuanceRun run = issuance.run(courseId, runId)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "issuance_run_not_found"));
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("course", course);
        model.addAttribute("run", run);
        model.addAttribute("failures", run.failed() == 0 ? java.util.List.of() : issuance.failures(runId, FAILURES_SHOWN));
        return VIEW;
    }
}
