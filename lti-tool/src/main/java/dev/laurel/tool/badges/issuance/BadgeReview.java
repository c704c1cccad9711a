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
 * What a badge's review page shows: every learner with a verdict or an award, where they stand (qualifies, qualifies
 * again after a revocation, issued, issued but no longer qualifying, revoked, left the course), the levels they
 * reached and why they qualify or not.
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

    /**
     * One learner on the review page; {@code eligibility} or {@code award} may be null. {@code award} is the award in
     * force, else the latest revoked one; {@code earlierRevocation} is the latest revoked award before an award in
     * force (a badge issued again), else null.
     */
    public record Row(String userId, String name, String email, ReviewStatus status, Eligibility eligibility,
            BadgeAward award, BadgeAward earlierRevocation, List<LevelReached> levels) {

        public boolean selectable() {
            return status.selectable();
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

        /** Learners who qualify and were never issued the badge: those "issue to everyone who qualifies" issues. */
        public long qualifying() {
            return count(ReviewStatus.QUALIFIES);
        }

        /** Learners who qualify and whose badge was revoked: issued again only when selected. */
        public long qualifyingAgain() {
            return count(ReviewStatus.QUALIFIES_AGAIN);
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
            Map<String, List<BadgeAward>> awarded = new HashMap<>();
            awards.forBadge(badgeId).forEach(award -> awarded.computeIfAbsent(award.userId(), id -> new ArrayList<>()).add(award));
            TreeSet<String> users = new TreeSet<>(verdicts.keySet());
            users.addAll(awarded.keySet());
            List<Row> rows = new ArrayList<>();
            for (String user : users) {
                Eligibility verdict = verdicts.get(user);
                SyncedCourse.SyncedMember member = members.get(user);
                List<BadgeAward> history = awarded.getOrDefault(user, List.of());
                BadgeAward award = BadgeAwards.current(history).orElse(null);
                BadgeAward earlier = award == null || award.revoked() ? null : history.stream().filter(BadgeAward::revoked)
                    .reduce((first, second) -> second).orElse(null);
                rows.add(new Row(user, member == null ? null : member.name(), member == null ? null : member.email(),
                        status(verdict, award, member), verdict, award, earlier, levels(rubric, verdict)));
            }
            rows.sort(Comparator.comparing(Row::status).thenComparing(row -> row.displayName().toLowerCase(java.util.Locale.ROOT)));
            return new Review(badge, rubric, rows);
        });
    }

    /** Where the learner stands; {@code award} is their award in force, else their latest revoked one, else null. */
    static ReviewStatus status(Eligibility verdict, BadgeAward award, SyncedCourse.SyncedMember member) {
        boolean left = (verdict != null && verdict.leftCourse()) || (member != null && !member.active());
        if (award != null) {
            if (award.revoked()) {
                return !left && verdict != null && verdict.qualifies() ? ReviewStatus.QUALIFIES_AGAIN : ReviewStatus.REVOKED;
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
        contexts.findById(courseId)
            .ifPresent(context -> synced.members(new CourseKey(context.registrationId(), context.deploymentId(), context.contextId()))
                .forEach(member -> members.put(member.userId(), member)));
        return members;
    }
}
