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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Gives a course of the built-in sandbox LMS its ready badges after its first sync: per rubric-graded assignment,
 * the rubric (criteria bound to their per-criterion line items by tag) and a badge earned with every criterion at
 * Proficient or better, each criterion aligned to its best-matching ESCO skill. Runs once per course (before the
 * evaluation of the same sync), only while the sandbox runs, and never for a real LMS's courses. What it reads over
 * HTTP and from the skills index comes first; the course's badges switch, rubrics and badges are then stored in one
 * transaction, so an instructor sees all of them or none, and a second instance seeding at once stores nothing.
 */
@Component
class SandboxDemoBadges {

    static final String ACTOR = "laurel-demo";
    private static final Logger log = LoggerFactory.getLogger(SandboxDemoBadges.class);
    private static final Duration SKILLS_WAIT = Duration.ofSeconds(30);

    private final LaurelProperties properties;
    private final SandboxPlatform sandbox;
    private final LtiContexts contexts;
    private final SyncedCourses synced;
    private final Rubrics rubrics;
    private final Badges badges;
    private final BadgeCourses courses;
    private final BadgeAudit audit;
    private final SkillSearch skills;
    private final TransactionTemplate transaction;
    private final RestClient http;

    SandboxDemoBadges(LaurelProperties properties, SandboxPlatform sandbox, LtiContexts contexts,
            SyncedCourses synced, Rubrics rubrics, Badges badges, BadgeCourses courses, BadgeAudit audit,
            SkillSearch skills, PlatformTransactionManager transactions) {
        this.properties = properties;
        this.sandbox = sandbox;
        this.contexts = contexts;
        this.synced = synced;
        this.rubrics = rubrics;
        this.badges = badges;
        this.courses = courses;
        this.audit = audit;
        this.skills = skills;
        this.transaction = new TransactionTemplate(transactions);
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void onCourseSynced(CourseSyncCompletedEvent event) {
        CourseKey key = event.course();
        if (!sandbox.hosts(key.registrationId())) {
            return;
        }
        contexts.find(key.registrationId(), key.deploymentId(), key.contextId())
            .filter(course -> !courses.configured(course.id()))
            .ifPresent(this::seed);
    }

    /** A rubric and its badge, ready to store. */
    private record Seed(SandboxRubric assignment, List<RubricCriterion> criteria) {
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
        boolean skillsReady = skills.awaitReady(SKILLS_WAIT);
        List<Seed> seeds = sandboxCourse.assignments().stream()
            .map(assignment -> new Seed(assignment, criteria(assignment, syncedCourse.get(), skillsReady))).toList();
        try {
            transaction.executeWithoutResult(status -> {
                if (!courses.enableFirstTime(course.id(), ACTOR)) {
                    return;
                }
                seeds.forEach(seed -> store(course, seed));
            });
        }
        catch (DataIntegrityViolationException concurrent) {
            log.info("Demo badges of course {} were created by another instance", course.id());
        }
    }

    private List<RubricCriterion> criteria(SandboxRubric assignment, SyncedCourse syncedCourse, boolean skillsReady) {
        Map<String, String> lineItemByTag = syncedCourse.lineItems().stream()
            .filter(item -> Objects.equals(item.resourceId(), assignment.assignmentId()) && item.tag() != null)
            .collect(Collectors.toMap(SyncedCourse.SyncedLineItem::tag, SyncedCourse.SyncedLineItem::url, (a, b) -> a));
        List<RubricLevel> levels = assignment.levels().stream()
            .map(level -> new RubricLevel(level.name().toLowerCase(Locale.ROOT), level.name(), "", level.points()))
            .toList();
        List<RubricCriterion> criteria = new ArrayList<>();
        for (SandboxRubric.Criterion criterion : assignment.criteria()) {
            criteria.add(new RubricCriterion(criterion.key(), criterion.title(), criterion.description(),
                    lineItemByTag.get(criterion.lineItemTag()), levels,
                    skillsReady ? skillFor(criterion.description()) : List.of()));
        }
        return criteria;
    }

    private void store(LtiContext course, Seed seed) {
        SandboxRubric assignment = seed.assignment();
        List<RubricCriterion> criteria = seed.criteria();
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
        if (text == null) {
            return List.of();
        }
        return skills.suggest(text, 1, Framework.ESCO).stream()
            .map(match -> new SkillRef(match.uri(), match.label(), Framework.ESCO.name()))
            .toList();
    }
}
