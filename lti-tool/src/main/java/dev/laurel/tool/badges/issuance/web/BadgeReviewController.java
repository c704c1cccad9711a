package dev.laurel.tool.badges.issuance.web;

import dev.laurel.tool.badges.issuance.BadgeIssuanceException;
import dev.laurel.tool.badges.issuance.BadgeReview;
import dev.laurel.tool.badges.issuance.BadgeRevocations;
import dev.laurel.tool.badges.issuance.GradebookComments;
import dev.laurel.tool.badges.issuance.IssuanceRun;
import dev.laurel.tool.badges.issuance.IssuanceRuns;
import dev.laurel.tool.badges.issuance.IssuanceService;
import dev.laurel.tool.badges.issuance.web.StaffPages.Problem;
import dev.laurel.tool.launch.LtiContext;
import dev.laurel.tool.launch.LtiSessionAuthentication;
import dev.laurel.tool.launch.web.LtiSessionSecurityContextRepository;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A badge's review page {@code /course/{courseId}/instructor/badges/{badgeId}/review}: who qualifies and why, who
 * holds the badge, who left the course, {@value ReviewPage#SIZE} learners a page with a filter by status
 * ({@code ?status=qualifies&page=2}); issuing to a selection (the ticked learners of the page) or to everyone who
 * qualifies on every page as a persistent run, revoking with a reason, and posting gradebook comments. Every POST
 * carries the session's form token; the issue form also carries a one-time request key, so a double submit lands on
 * the same run.
 */
@Controller
class BadgeReviewController {

    static final String VIEW = "badges/issuance/review";
    static final String FORM_TOKEN_INVALID = "issuance_form_token_invalid";

    private final StaffPages pages;
    private final BadgeReview reviews;
    private final IssuanceService issuance;
    private final BadgeRevocations revocations;
    private final GradebookComments gradebook;

    BadgeReviewController(StaffPages pages, BadgeReview reviews, IssuanceService issuance, BadgeRevocations revocations,
            GradebookComments gradebook) {
        this.pages = pages;
        this.reviews = reviews;
        this.issuance = issuance;
        this.revocations = revocations;
        this.gradebook = gradebook;
    }

    @GetMapping("/course/{courseId}/instructor/badges/{badgeId}/review")
    String review(LtiSessionAuthentication authentication, @PathVariable long courseId, @PathVariable long badgeId,
            @RequestParam(required = false) String done, @RequestParam(required = false) String status,
            @RequestParam(required = false) String page, HttpServletRequest request, Model model) {
        LtiContext course = pages.course(authentication, courseId);
        model.addAttribute("done", done);
        return show(authentication, course, badgeId, status, page, request, model);
    }

    @PostMapping("/course/{courseId}/instructor/badges/{badgeId}/review")
    Object issue(LtiSessionAuthentication authentication, @PathVariable long courseId, @PathVariable long badgeId,
            @RequestParam(name = LtiSessionSecurityContextRepository.TOKEN_PARAMETER, required = false) String formToken,
            @RequestParam(name = "request", required = false) String requestKey,
            @RequestParam(name = "all", required = false) String all,
            @RequestParam(name = "user", required = false) List<String> users,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        LtiContext course = pages.course(authentication, courseId);
        if (!pages.validFormToken(authentication, formToken)) {
            return rejected(authentication, course, badgeId, request, response, model, HttpStatus.FORBIDDEN, FORM_TOKEN_INVALID,
                    "This request did not come from Laurel's own review page. Open the page again and issue from there.");
        }
        String key = requestKey == null || !requestKey.matches("[A-Za-z0-9-]{8,64}") ? UUID.randomUUID().toString() : requestKey;
        try {
            IssuanceRuns.Requested run = issuance.issue(courseId, badgeId, "true".equals(all) ? null : users == null ? List.of() : users,
                    authentication.getPrincipal().userId(), "review-" + key);
            return pages.seeOther(request, "/course/" + courseId + "/instructor/issuance/" + run.runId());
        }
        catch (BadgeIssuanceException ex) {
            return rejected(authentication, course, badgeId, request, response, model, HttpStatus.CONFLICT, ex.code(),
                    ex.getMessage());
        }
    }

    @PostMapping("/course/{courseId}/instructor/badges/{badgeId}/revoke")
    Object revoke(LtiSessionAuthentication authentication, @PathVariable long courseId, @PathVariable long badgeId,
            @RequestParam(name = LtiSessionSecurityContextRepository.TOKEN_PARAMETER, required = false) String formToken,
            @RequestParam(name = "user", required = false) String user, @RequestParam(required = false) String reason,
            @RequestParam(name = "reasonPublic", required = false) String reasonPublic,
            @RequestParam(required = false) String status, @RequestParam(required = false) String page,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        LtiContext course = pages.course(authentication, courseId);
        if (!pages.validFormToken(authentication, formToken)) {
            return rejected(authentication, course, badgeId, request, response, model, HttpStatus.FORBIDDEN, FORM_TOKEN_INVALID,
                    "This revocation did not come from Laurel's own review page. Open the page again and revoke from there.");
        }
        try {
            revocations.revoke(courseId, badgeId, user == null ? "" : user, reason, "on".equals(reasonPublic) || "true".equals(reasonPublic),
                    authentication.getPrincipal().userId());
            // back to the filter and page the instructor revoked from (both checked: they go into a URL)
            return pages.seeOther(request, "/course/" + courseId + "/instructor/badges/" + badgeId + "/review?done=revoked"
                    + (ReviewPage.FILTERS.containsKey(status) ? "&status=" + status : "")
                    + (page != null && page.strip().matches("[1-9]\\d{0,5}") ? "&page=" + page.strip() : ""));
        }
        catch (BadgeIssuanceException ex) {
            HttpStatus code = "reason_required".equals(ex.code()) ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
            model.addAttribute("filter", status);
            return rejected(authentication, course, badgeId, request, response, model, code, ex.code(), ex.getMessage());
        }
    }

    @PostMapping("/course/{courseId}/instructor/badges/{badgeId}/gradebook-comments")
    Object postComments(LtiSessionAuthentication authentication, @PathVariable long courseId, @PathVariable long badgeId,
            @RequestParam(name = LtiSessionSecurityContextRepository.TOKEN_PARAMETER, required = false) String formToken,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        LtiContext course = pages.course(authentication, courseId);
        if (!pages.validFormToken(authentication, formToken)) {
            return rejected(authentication, course, badgeId, request, response, model, HttpStatus.FORBIDDEN, FORM_TOKEN_INVALID,
                    "This request did not come from Laurel's own review page. Open the page again and post from there.");
        }
        try {
            gradebook.request(courseId, authentication.getPrincipal().userId());
            return pages.seeOther(request, "/course/" + courseId + "/instructor/badges/" + badgeId + "/review?done=comments");
        }
        catch (BadgeIssuanceException ex) {
            return rejected(authentication, course, badgeId, request, response, model, HttpStatus.CONFLICT, ex.code(),
                    ex.getMessage());
        }
    }

    private String rejected(LtiSessionAuthentication authentication, LtiContext course, long badgeId,
            HttpServletRequest request, HttpServletResponse response, Model model, HttpStatus status, String code,
            String sentence) {
        response.setStatus(status.value());
        model.addAttribute("problem", new Problem(code, sentence));
        Object filter = model.getAttribute("filter");
        return show(authentication, course, badgeId, filter instanceof String text ? text : null, null, request, model);
    }

    private String show(LtiSessionAuthentication authentication, LtiContext course, long badgeId, String status,
            String page, HttpServletRequest request, Model model) {
        BadgeReview.Review review = reviews.review(course.id(), badgeId)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "badge_not_found"));
        List<IssuanceRun> runs = issuance.recentRuns(course.id(), 20).stream()
            .filter(run -> run.badgeIds().contains(badgeId)).limit(5).toList();
        Object token = request.getAttribute(LtiSessionSecurityContextRepository.TOKEN_ATTRIBUTE);
        ReviewPage shown = ReviewPage.of(review, status, page);
        Map<String, Long> counts = new LinkedHashMap<>();
        ReviewPage.FILTERS.keySet().forEach(filter -> counts.put(filter, ReviewPage.count(review, filter)));
        model.addAttribute("course", course);
        model.addAttribute("review", review);
        model.addAttribute("shown", shown);
        model.addAttribute("filterCounts", counts);
        model.addAttribute("reviewLinks", new ReviewLinks(request.getContextPath() + "/course/" + course.id()
                + "/instructor/badges/" + badgeId + "/review", token instanceof String text ? text : null));
        model.addAttribute("runs", runs);
        model.addAttribute("gradebook", gradebook.status(course.id()).orElse(null));
        model.addAttribute("formToken", pages.formToken(authentication));
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        return VIEW;
    }
}
