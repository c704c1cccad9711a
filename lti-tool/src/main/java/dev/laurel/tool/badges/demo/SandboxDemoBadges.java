package dev.laurel.tool.badges.demo;

import dev.laurel.tool.LaurelProperties;
import dev.laurel.tool.badges.badge.Badge;
import dev.laurel.tool.badges.badge.BadgeAudit;
import dev.laurel.tool.badges.badge.BadgeCourses;
import dev.laurel.tool.badges.badge.Badges;
import dev.laurel.tool.badges.badge.EuDetails;
import dev.laurel.tool.badges.badge.IssuanceMode;
import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.RubricCriterion;
import dev.laurel.tool.badges.rubric.RubricLevel;
import dev.laurel.tool.badges.rubric.Rubrics;
import dev.laurel.tool.badges.rubric.SkillRef;
import dev.laurel.tool.badges.rules.AwardRule;
import dev.laurel.tool.coursesync.CourseKey;
import dev.laurel.tool.coursesync.CourseSyncCompletedEvent;
import dev.laurel.tool.coursesync.SyncedCourse;
import dev.laurel.tool.coursesync.SyncedCourses;
import dev.laurel.tool.launch.LtiContext;
import dev.laurel.tool.launch.LtiContexts;
import dev.laurel.tool.registration.PlatformRegistrations;
import dev.laurel.tool.skills.Framework;
import dev.laurel.tool.skills.SkillSearch;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Gives a course of the built-in sandbox LMS its ready badges after its first sync: per rubric-graded assignment,
 * the rubric (criteria bound to their per-criterion line items by tag) and a badge earned with every criterion at
 * Proficient or better, each criterion aligned to its best-matching ESCO skill. Runs once per course (before the
 * evaluation of the same sync), only while the sandbox runs, and never for a real LMS's courses.
 */
@Component
class SandboxDemoBadges {

    static final String ACTOR = "laurel-demo";
    private static final Logger log = LoggerFactory.getLogger(SandboxDemoBadges.class);

    private final LaurelProperties properties;
    private final PlatformRegistrations registrations;
    private final LtiContexts contexts;
    private final SyncedCourses synced;
    private final Rubrics rubrics;
    private final Badges badges;
    private final BadgeCourses courses;
    private final BadgeAudit audit;
    private final SkillSearch skills;
    private final RestClient http;

    SandboxDemoBadges(LaurelProperties properties, PlatformRegistrations registrations, LtiContexts contexts,
            SyncedCourses synced, Rubrics rubrics, Badges badges, BadgeCourses courses, BadgeAudit audit,
            SkillSearch skills) {
        this.properties = properties;
        this.registrations = registrations;
        this.contexts = contexts;
        this.synced = synced;
        this.rubrics = rubrics;
        this.badges = badges;
        this.courses = courses;
        this.audit = audit;
        this.skills = skills;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void onCourseSynced(CourseSyncCompletedEvent event) {
        CourseKey key = event.course();
        if (!properties.sandbox().enabled() || properties.sandbox().url() == null) {
            return;
        }
        boolean fromSandbox = registrations.findById(key.registrationId())
            .map(registration -> sameOrigin(registration.issuer(), properties.sandbox().url().toString()))
            .orElse(false);
        if (!fromSandbox) {
            return;
        }
        contexts.find(key.registrationId(), key.deploymentId(), key.contextId())
            .filter(course -> !courses.configured(course.id()))
            .ifPresent(this::seed);
    }

    private void seed(LtiContext course) {
        Optional<SyncedCourse> syncedCourse = synced.find(new CourseKey(course.registrationId(), course.deploymentId(),
                course.contextId()));
        SandboxRubric.Course sandboxCourse;
        try {
            sandboxCourse = http.get()
                .uri(properties.sandbox().url() + "/api/sandbox/courses/{id}/rubrics", course.contextId())
                .retrieve().body(SandboxRubric.Course.class);
        }
        catch (RestClientException ex) {
            log.warn("Sandbox rubrics of course {} unavailable ({}); no demo badges", course.contextId(), ex.getMessage());
            return;
        }
        if (sandboxCourse == null || syncedCourse.isEmpty()) {
            return;
        }
        courses.setEnabled(course.id(), true, ACTOR);
        for (SandboxRubric assignment : sandboxCourse.assignments()) {
            seedAssignment(course, assignment, syncedCourse.get());
        }
    }

    private void seedAssignment(LtiContext course, SandboxRubric assignment, SyncedCourse syncedCourse) {
        Map<String, String> lineItemByTag = syncedCourse.lineItems().stream()
            .filter(item -> Objects.equals(item.resourceId(), assignment.assignmentId()) && item.tag() != null)
            .collect(Collectors.toMap(SyncedCourse.SyncedLineItem::tag, SyncedCourse.SyncedLineItem::url, (a, b) -> a));
        List<RubricLevel> levels = assignment.levels().stream()
            .map(level -> new RubricLevel(level.name().toLowerCase(Locale.ROOT), level.name(), "", level.points()))
            .toList();
        List<RubricCriterion> criteria = new ArrayList<>();
        for (SandboxRubric.Criterion criterion : assignment.criteria()) {
            criteria.add(new RubricCriterion(criterion.key(), criterion.title(), criterion.description(),
                    lineItemByTag.get(criterion.lineItemTag()), levels, skillFor(criterion.description())));
        }
        Rubric rubric = rubrics.create(new Rubric(0, course.id(), assignment.title() + " rubric",
                "The rubric of the assignment \"" + assignment.title() + "\" in the LMS.", criteria));
        String criteriaText = assignment.criteria().stream().map(SandboxRubric.Criterion::title)
            .collect(Collectors.joining(", "));
        Badge badge = badges.create(new Badge(0, course.id(), "new", assignment.title(),
                "Awarded for the assignment \"" + assignment.title() + "\": " + criteriaText + ".",
                "Reach Proficient or Exemplary on every criterion of the assignment's rubric (" + criteriaText + ").",
                "Badge", rubric.id(), AwardRule.everyCriterionAtLeast(rubric, "Proficient"),
                criteria.stream().flatMap(c -> c.skills().stream()).distinct().toList(),
                new EuDetails(null, 10.0, 5, "project", null, "online", "internal", null, null, null, null, "stackable"),
                null, IssuanceMode.MANUAL, null, false, null, null));
        audit.record(course.id(), badge.id(), ACTOR, "created", "Demo badge for the sandbox assignment " + assignment.title());
    }

    private List<SkillRef> skillFor(String text) {
        if (text == null || !skills.awaitReady(Duration.ofSeconds(30))) {
            return List.of();
        }
        return skills.suggest(text, 1, Framework.ESCO).stream()
            .map(match -> new SkillRef(match.uri(), match.label(), Framework.ESCO.name()))
            .toList();
    }

    private static boolean sameOrigin(String issuer, String sandboxUrl) {
        return strip(issuer).equals(strip(sandboxUrl));
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
