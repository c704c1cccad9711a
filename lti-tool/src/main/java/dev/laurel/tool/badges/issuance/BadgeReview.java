package dev.laurel.tool.badges.issuance;

import dev.laurel.tool.badges.badge.Badge;
import dev.laurel.tool.badges.badge.Badges;
import dev.laurel.tool.badges.evaluation.Eligibilities;
import dev.laurel.tool.badges.evaluation.Eligibility;
import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.RubricCriterion;
import dev.laurel.tool.badges.rubric.Rubrics;
import dev.laurel.tool.coursesync.CourseKey;
import dev.laurel.tool.coursesync.SyncedCourse;
import dev.laurel.tool.coursesync.SyncedCourses;
import dev.laurel.tool.launch.LtiContext;
import dev.laurel.tool.launch.LtiContexts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/**
 * What a badge's review page shows: every learner with a verdict or an award, where they stand (qualifies, issued,
 * issued but no longer qualifying, revoked, left the course), the levels they reached and why they qualify or not.
 */
@Service
public class BadgeReview {

    private final Badges badges;
    private final Rubrics rubrics;
    private final Eligibilities eligibilities;
    private final BadgeAwards awards;
    private final LtiContexts contexts;
    private final SyncedCourses synced;

    BadgeReview(Badges badges, Rubrics rubrics, Eligibilities eligibilities, BadgeAwards awards, LtiContexts contexts,
            SyncedCourses synced) {
        this.badges = badges;
        this.rubrics = rubrics;
        this.eligibilities = eligibilities;
        this.awards = awards;
        this.contexts = contexts;
        this.synced = synced;
    }

    /** A level reached on a criterion, by name. */
    public record LevelReached(String criterion, String level) {
    }

    /** One learner on the review page; {@code eligibility} or {@code award} may be null. */
    public record Row(String userId, String name, String email, ReviewStatus status, Eligibility eligibility,
            BadgeAward award, List<LevelReached> levels) {

        public boolean selectable() {
            return status == ReviewStatus.QUALIFIES;
        }

        public String displayName() {
            return name == null || name.isBlank() ? userId : name;
        }
    }

    /** The review of a badge of the course: the badge, its rubric and one row per learner (qualifying first). */
    public record Review(Badge badge, Rubric rubric, List<Row> rows) {

        public long count(ReviewStatus status) {
            return rows.stream().filter(row -> row.status() == status).count();
        }

        /** Learners who qualify and do not hold the badge: those who can be issued it. */
        public long qualifying() {
            return count(ReviewStatus.QUALIFIES);
        }

        /** Learners who hold the badge (not revoked), whether they still qualify or not. */
        public long issued() {
            return rows.stream().filter(row -> row.status().issued()).count();
        }

        public long revoked() {
            return count(ReviewStatus.REVOKED);
        }

        public long notYet() {
            return count(ReviewStatus.NOT_YET);
        }

        public long leftCourse() {
            return count(ReviewStatus.LEFT_COURSE);
        }
    }

    public Optional<Review> review(long courseId, long badgeId) {
        return badges.find(courseId, badgeId).map(badge -> {
            Rubric rubric = badge.rubricId() == null ? null : rubrics.find(courseId, badge.rubricId()).orElse(null);
            Map<String, SyncedCourse.SyncedMember> members = members(courseId);
            Map<String, Eligibility> verdicts = new HashMap<>();
            eligibilities.forBadge(badgeId).forEach(verdict -> verdicts.put(verdict.userId(), verdict));
            Map<String, BadgeAward> awarded = new HashMap<>();
            awards.forBadge(badgeId).forEach(award -> awarded.put(award.userId(), award));
            TreeSet<String> users = new TreeSet<>(verdicts.keySet());
            users.addAll(awarded.keySet());
            List<Row> rows = new ArrayList<>();
            for (String user : users) {
                Eligibility verdict = verdicts.get(user);
                SyncedCourse.SyncedMember member = members.get(user);
                rows.add(new Row(user, member == null ? null : member.name(), member == null ? null : member.email(),
                        status(verdict, awarded.get(user), member), verdict, awarded.get(user), levels(rubric, verdict)));
            }
            rows.sort(Comparator.comparing(Row::status).thenComparing(row -> row.displayName().toLowerCase(java.util.Locale.ROOT)));
            return new Review(badge, rubric, rows);
        });
    }

    static ReviewStatus status(Eligibility verdict, BadgeAward award, SyncedCourse.SyncedMember member) {
        boolean left = (verdict != null && verdict.leftCourse()) || (member != null && !member.active());
        if (award != null) {
            if (award.revoked()) {
                return ReviewStatus.REVOKED;
            }
            if (left) {
                return ReviewStatus.ISSUED_LEFT_COURSE;
            }
            return verdict != null && verdict.qualifies() ? ReviewStatus.ISSUED : ReviewStatus.ISSUED_NO_LONGER_QUALIFIES;
        }
        if (left) {
            return ReviewStatus.LEFT_COURSE;
        }
        return verdict != null && verdict.qualifies() ? ReviewStatus.QUALIFIES : ReviewStatus.NOT_YET;
    }

    private static List<LevelReached> levels(Rubric rubric, Eligibility verdict) {
        if (rubric == null || verdict == null) {
            return List.of();
        }
        List<LevelReached> levels = new ArrayList<>();
        for (RubricCriterion criterion : rubric.criteria()) {
            String level = verdict.levels().get(criterion.key());
            levels.add(new LevelReached(criterion.name(),
                    level == null ? "—" : criterion.level(level).map(found -> found.name()).orElse("—")));
        }
        return levels;
    }

    private Map<String, SyncedCourse.SyncedMember> members(long courseId) {
        Map<String, SyncedCourse.SyncedMember> members = new LinkedHashMap<>();
        contexts.findById(courseId).flatMap(this::syncedCourse)
            .ifPresent(course -> course.members().forEach(member -> members.put(member.userId(), member)));
        return members;
    }

    private Optional<SyncedCourse> syncedCourse(LtiContext context) {
        return synced.find(new CourseKey(context.registrationId(), context.deploymentId(), context.contextId()));
    }
}
