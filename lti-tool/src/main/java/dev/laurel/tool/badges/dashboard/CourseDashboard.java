package dev.laurel.tool.badges.dashboard;

import dev.laurel.tool.badges.badge.Badge;
import dev.laurel.tool.badges.badge.Badges;
import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.RubricCriterion;
import dev.laurel.tool.badges.rubric.RubricLevel;
import dev.laurel.tool.badges.rubric.Rubrics;
import dev.laurel.tool.coursesync.CourseKey;
import dev.laurel.tool.coursesync.SyncedCourse;
import dev.laurel.tool.coursesync.SyncedCourses;
import dev.laurel.tool.launch.LtiContexts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/**
 * The instructor's course dashboard: per badge how many learners hold it (issued), claimed it and had it revoked,
 * and how many qualify without holding it; per rubric criterion, how the cohort's active learners spread across the
 * levels (from the latest verdicts); and one row per learner and badge for the CSV export.
 */
@Service
public class CourseDashboard {

    private final Badges badges;
    private final Rubrics rubrics;
    private final DashboardRows rows;
    private final LtiContexts contexts;
    private final SyncedCourses synced;

    CourseDashboard(Badges badges, Rubrics rubrics, DashboardRows rows, LtiContexts contexts, SyncedCourses synced) {
        this.badges = badges;
        this.rubrics = rubrics;
        this.rows = rows;
        this.contexts = contexts;
        this.synced = synced;
    }

    /** One badge's figures. */
    public record BadgeCounts(Badge badge, int issued, int claimed, int revoked, int qualifyingNotIssued) {
    }

    /** How many learners reached a level of a criterion ({@code level} null: no level, not graded or below all). */
    public record LevelCount(String level, int learners) {
    }

    /** The cohort on one criterion: a count per level, lowest first, then those without a level. */
    public record CriterionSpread(String criterion, List<LevelCount> levels, int withoutLevel) {

        public int learners() {
            return levels.stream().mapToInt(LevelCount::learners).sum() + withoutLevel;
        }
    }

    /** The cohort on a rubric's criteria (from the verdicts of a badge earned on it). */
    public record RubricSpread(Rubric rubric, List<CriterionSpread> criteria) {
    }

    /** One learner and one badge, as the CSV exports them; the times are null when it did not happen. */
    public record LearnerBadgeRow(String userId, String name, String email, String badge, boolean qualifies,
            String levels, Instant issuedAt, Instant claimedAt, Instant revokedAt) {
    }

    public record Dashboard(List<BadgeCounts> badges, List<RubricSpread> rubrics) {
    }

    public Dashboard dashboard(long courseId) {
        List<Badge> all = badges.list(courseId);
        Map<Long, List<DashboardRows.Verdict>> verdicts = verdictsByBadge(courseId);
        Map<Long, List<DashboardRows.Award>> awards = awardsByBadge(courseId);
        Map<String, SyncedCourse.SyncedMember> members = members(courseId);
        List<BadgeCounts> counts = new ArrayList<>();
        Map<Long, RubricSpread> spreads = new LinkedHashMap<>();
        for (Badge badge : all) {
            List<DashboardRows.Award> held = awards.getOrDefault(badge.id(), List.of());
            Set<String> holders = new TreeSet<>();
            held.forEach(award -> holders.add(award.userId()));
            int qualifying = (int) verdicts.getOrDefault(badge.id(), List.of()).stream()
                .filter(verdict -> verdict.qualifies() && !holders.contains(verdict.userId())).count();
            counts.add(new BadgeCounts(badge, held.size(), (int) held.stream().filter(award -> award.claimedAt() != null).count(),
                    (int) held.stream().filter(award -> award.revokedAt() != null).count(), qualifying));
            if (!badge.archived() && badge.rubricId() != null && !spreads.containsKey(badge.rubricId())) {
                rubrics.find(courseId, badge.rubricId()).ifPresent(rubric -> spreads.put(rubric.id(),
                        spread(rubric, verdicts.getOrDefault(badge.id(), List.of()), members)));
            }
        }
        return new Dashboard(counts, List.copyOf(spreads.values()));
    }

    /** One row per learner (with a verdict or an award) and badge, by badge then learner. */
    public List<LearnerBadgeRow> learnerRows(long courseId) {
        Map<Long, List<DashboardRows.Verdict>> verdicts = verdictsByBadge(courseId);
        Map<Long, List<DashboardRows.Award>> awards = awardsByBadge(courseId);
        Map<String, SyncedCourse.SyncedMember> members = members(courseId);
        List<LearnerBadgeRow> export = new ArrayList<>();
        for (Badge badge : badges.list(courseId)) {
            Rubric rubric = badge.rubricId() == null ? null : rubrics.find(courseId, badge.rubricId()).orElse(null);
            Map<String, DashboardRows.Verdict> byUser = new HashMap<>();
            verdicts.getOrDefault(badge.id(), List.of()).forEach(verdict -> byUser.put(verdict.userId(), verdict));
            Map<String, DashboardRows.Award> awarded = new HashMap<>();
            awards.getOrDefault(badge.id(), List.of()).forEach(award -> awarded.put(award.userId(), award));
            TreeSet<String> users = new TreeSet<>(byUser.keySet());
            users.addAll(awarded.keySet());
            for (String user : users) {
                DashboardRows.Verdict verdict = byUser.get(user);
                DashboardRows.Award award = awarded.get(user);
                SyncedCourse.SyncedMember member = members.get(user);
                export.add(new LearnerBadgeRow(user, member == null ? null : member.name(), member == null ? null : member.email(),
                        badge.name(), verdict != null && verdict.qualifies(), levels(rubric, verdict),
                        award == null ? null : award.issuedAt(), award == null ? null : award.claimedAt(),
                        award == null ? null : award.revokedAt()));
            }
        }
        return export;
    }

    private static RubricSpread spread(Rubric rubric, List<DashboardRows.Verdict> verdicts,
            Map<String, SyncedCourse.SyncedMember> members) {
        List<CriterionSpread> criteria = new ArrayList<>();
        List<DashboardRows.Verdict> cohort = verdicts.stream()
            .filter(verdict -> members.isEmpty() || (members.containsKey(verdict.userId()) && members.get(verdict.userId()).active()))
            .toList();
        for (RubricCriterion criterion : rubric.criteria()) {
            Map<String, Integer> byLevel = new HashMap<>();
            int without = 0;
            for (DashboardRows.Verdict verdict : cohort) {
                String level = verdict.levels().get(criterion.key());
                if (level == null || criterion.level(level).isEmpty()) {
                    without++;
                }
                else {
                    byLevel.merge(level, 1, Integer::sum);
                }
            }
            List<LevelCount> levels = new ArrayList<>();
            for (RubricLevel level : criterion.levels()) {
                levels.add(new LevelCount(level.name(), byLevel.getOrDefault(level.key(), 0)));
            }
            criteria.add(new CriterionSpread(criterion.name(), levels, without));
        }
        return new RubricSpread(rubric, criteria);
    }

    private static String levels(Rubric rubric, DashboardRows.Verdict verdict) {
        if (rubric == null || verdict == null) {
            return "";
        }
        List<String> reached = new ArrayList<>();
        for (RubricCriterion criterion : rubric.criteria()) {
            criterion.level(verdict.levels().getOrDefault(criterion.key(), ""))
                .ifPresent(level -> reached.add(criterion.name() + ": " + level.name()));
        }
        return String.join("; ", reached);
    }

    private Map<Long, List<DashboardRows.Verdict>> verdictsByBadge(long courseId) {
        Map<Long, List<DashboardRows.Verdict>> byBadge = new HashMap<>();
        rows.verdicts(courseId).forEach(verdict -> byBadge.computeIfAbsent(verdict.badgeId(), id -> new ArrayList<>()).add(verdict));
        return byBadge;
    }

    private Map<Long, List<DashboardRows.Award>> awardsByBadge(long courseId) {
        Map<Long, List<DashboardRows.Award>> byBadge = new HashMap<>();
        rows.awards(courseId).forEach(award -> byBadge.computeIfAbsent(award.badgeId(), id -> new ArrayList<>()).add(award));
        return byBadge;
    }

    private Map<String, SyncedCourse.SyncedMember> members(long courseId) {
        Map<String, SyncedCourse.SyncedMember> members = new HashMap<>();
        contexts.findById(courseId)
            .flatMap(context -> synced.find(new CourseKey(context.registrationId(), context.deploymentId(), context.contextId())))
            .ifPresent(course -> course.members().forEach(member -> members.put(member.userId(), member)));
        return members;
    }
}
