package dev.laurel.tool.badges.dashboard.web;

import dev.laurel.tool.badges.dashboard.CourseDashboard;
import dev.laurel.tool.badges.dashboard.DashboardCsv;
import dev.laurel.tool.badges.issuance.IssuanceService;
import dev.laurel.tool.badges.issuance.web.StaffPages;
import dev.laurel.tool.launch.LtiContext;
import dev.laurel.tool.launch.LtiSessionAuthentication;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The course dashboard {@code /course/{courseId}/instructor/dashboard} (badges earned, claimed, revoked; where the
 * cohort stands on each rubric criterion, as an SVG chart and a table) and its CSV export
 * {@code /course/{courseId}/instructor/dashboard.csv}. Staff only, like every instructor page.
 */
@Controller
class DashboardController {

    static final String VIEW = "badges/dashboard/dashboard";

    private final StaffPages pages;
    private final CourseDashboard dashboards;
    private final IssuanceService issuance;

    DashboardController(StaffPages pages, CourseDashboard dashboards, IssuanceService issuance) {
        this.pages = pages;
        this.dashboards = dashboards;
        this.issuance = issuance;
    }

    @GetMapping("/course/{courseId}/instructor/dashboard")
    String dashboard(LtiSessionAuthentication authentication, @PathVariable long courseId, Model model) {
        LtiContext course = pages.course(authentication, courseId);
        CourseDashboard.Dashboard dashboard = dashboards.dashboard(courseId);
        model.addAttribute("course", course);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("charts", dashboard.rubrics().stream().map(CriterionChart::of).toList());
        model.addAttribute("runs", issuance.recentRuns(courseId, 5));
        return VIEW;
    }

    @GetMapping("/course/{courseId}/instructor/dashboard.csv")
    ResponseEntity<String> csv(LtiSessionAuthentication authentication, @PathVariable long courseId) {
        pages.course(authentication, courseId);
        String csv = DashboardCsv.write(dashboards.learnerRows(courseId));
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("laurel-badges-course-" + courseId + ".csv").build().toString())
            .header(HttpHeaders.CACHE_CONTROL, "no-store")
            .body(csv);
    }
}
