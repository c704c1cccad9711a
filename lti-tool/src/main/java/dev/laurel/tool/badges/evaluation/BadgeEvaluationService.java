package dev.laurel.tool.badges.evaluation;

import dev.laurel.tool.badges.badge.Badge;
import dev.laurel.tool.badges.badge.Badges;
import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.Rubrics;
import dev.laurel.tool.badges.rules.CourseLineItem;
import dev.laurel.tool.badges.rules.Grade;
import dev.laurel.tool.badges.rules.LearnerGrades;
import dev.laurel.tool.badges.rules.Outcome;
import dev.laurel.tool.badges.rules.RuleEvaluator;
import dev.laurel.tool.badges.rules.Verdict;
import dev.laurel.tool.coursesync.CourseKey;
import dev.laurel.tool.coursesync.CourseSyncCompletedEvent;
import dev.laurel.tool.coursesync.SyncedCourse;
import dev.laurel.tool.coursesync.SyncedCourses;
import dev.laurel.tool.launch.LtiContext;
import dev.laurel.tool.launch.LtiContexts;
import dev.laurel.tool.lti.LtiRoles;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evaluates every active badge of a course for every learner over the last synced grades, after each course sync
 * and on demand, and stores the verdicts. Learners who left the course keep a verdict that says so (and never
 * qualify); what they were issued stays theirs.
 */
@Service
public class BadgeEvaluationService {

    private static final Logger log = LoggerFactory.getLogger(BadgeEvaluationService.class);

    private final Badges badges;
    private final Rubrics rubrics;
    private final SyncedCourses synced;
    private final LtiContexts contexts;
    private final Eligibilities eligibilities;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public BadgeEvaluationService(Badges badges, Rubrics rubrics, SyncedCourses synced, LtiContexts contexts,
            Eligibilities eligibilities, ApplicationEventPublisher events, PlatformTransactionManager transactions,
            Clock clock) {
        this.badges = badges;
        this.rubrics = rubrics;
        this.synced = synced;
        this.contexts = contexts;
        this.eligibilities = eligibilities;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @EventListener
    void onCourseSynced(CourseSyncCompletedEvent event) {
        CourseKey key = event.course();
        contexts.find(key.registrationId(), key.deploymentId(), key.contextId())
            .ifPresent(course -> evaluateCourse(course.id()));
    }

    /** Evaluates the course's active badges and stores the verdicts; publishes {@link BadgesEvaluatedEvent}. */
    public CourseEvaluation evaluateCourse(long courseId) {
        Optional<SyncedCourse> course = contexts.findById(courseId).flatMap(context -> synced.find(keyOf(context)));
        List<Badge> active = badges.list(courseId).stream().filter(badge -> !badge.archived()).toList();
        if (course.isEmpty() || active.isEmpty()) {
            return new CourseEvaluation(courseId, course.isPresent(), Map.of());
        }
        Map<Long, CourseEvaluation.Counts> counts = new LinkedHashMap<>();
        for (Badge badge : active) {
            List<Eligibility> verdicts = evaluate(badge, course.get());
            transaction.executeWithoutResult(status -> eligibilities.replace(badge.id(), verdicts));
            counts.put(badge.id(), new CourseEvaluation.Counts(verdicts.size(),
                    (int) verdicts.stream().filter(Eligibility::qualifies).count()));
        }
        log.info("Evaluated {} badges of course {}: {}", active.size(), courseId, counts);
        events.publishEvent(new BadgesEvaluatedEvent(courseId, List.copyOf(counts.keySet())));
        return new CourseEvaluation(courseId, true, counts);
    }

    /** The verdicts of one badge for every learner of the synced course (pure apart from reading the rubric). */
    public List<Eligibility> evaluate(Badge badge, SyncedCourse course) {
        Rubric rubric = badge.rubricId() == null ? null : rubrics.find(badge.courseId(), badge.rubricId()).orElse(null);
        Map<String, CourseLineItem> lineItems = course.lineItems().stream()
            .collect(Collectors.toMap(SyncedCourse.SyncedLineItem::url,
                    item -> new CourseLineItem(item.url(), item.label(), item.scoreMaximum()), (a, b) -> a));
        RuleEvaluator evaluator = new RuleEvaluator(badge.rule(), rubric, lineItems);
        Instant now = clock.instant();
        List<Eligibility> verdicts = new ArrayList<>();
        for (SyncedCourse.SyncedMember member : course.members()) {
            if (!LtiRoles.isLearner(member.roles())) {
                continue;
            }
            if (!member.active()) {
                verdicts.add(new Eligibility(badge.id(), member.userId(), false, Map.of(), new Outcome(false,
                        "left_course", "No longer active in the course (" + member.status() + ").", List.of()), now));
                continue;
            }
            Verdict verdict = evaluator.evaluate(grades(member.userId(), course));
            verdicts.add(new Eligibility(badge.id(), member.userId(), verdict.qualifies(), verdict.levels(),
                    verdict.explanation(), now));
        }
        return verdicts;
    }

    private static LearnerGrades grades(String userId, SyncedCourse course) {
        Map<String, Grade> grades = new LinkedHashMap<>();
        course.resultsByUser().getOrDefault(userId, Map.of())
            .forEach((url, result) -> grades.put(url, new Grade(result.score(), result.maximum())));
        return new LearnerGrades(userId, grades);
    }

    private static CourseKey keyOf(LtiContext context) {
        return new CourseKey(context.registrationId(), context.deploymentId(), context.contextId());
    }
}
