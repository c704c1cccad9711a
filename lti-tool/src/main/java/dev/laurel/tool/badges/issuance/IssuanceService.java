package dev.laurel.tool.badges.issuance;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dev.laurel.tool.badges.badge.Badge;
import dev.laurel.tool.badges.badge.BadgeAudit;
import dev.laurel.tool.badges.badge.Badges;
import dev.laurel.tool.badges.evaluation.Eligibilities;
import dev.laurel.tool.badges.evaluation.Eligibility;
import dev.laurel.tool.badges.issuance.IssuanceRuns.ItemKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Asks for issuance runs (persistent jobs) and reads their progress. Only learners who qualify now, are still in
 * the course and hold no award of the badge are put in a run; the run checks each of them again when it issues.
 */
@Service
public class IssuanceService {

    /** The actor of automatic issuance in the audit trail. */
    public static final String AUTOMATIC_ACTOR = "laurel";

    private final IssuanceRuns runs;
    private final BadgeAwards awards;
    private final Badges badges;
    private final Eligibilities eligibilities;
    private final BadgeAudit audit;
    private final SchedulerClient scheduler;
    private final OneTimeTask<Long> task;
    private final Clock clock;

    IssuanceService(IssuanceRuns runs, BadgeAwards awards, Badges badges, Eligibilities eligibilities, BadgeAudit audit,
            SchedulerClient scheduler, @Qualifier("badgeIssuanceTask") OneTimeTask<Long> task, Clock clock) {
        this.runs = runs;
        this.awards = awards;
        this.badges = badges;
        this.eligibilities = eligibilities;
        this.audit = audit;
        this.scheduler = scheduler;
        this.task = task;
        this.clock = clock;
    }

    /**
     * Asks for a run issuing {@code badgeId} to the selected learners ({@code null}: everyone who qualifies); a
     * repeated {@code requestKey} (a double submit) answers the run it created first.
     *
     * @throws BadgeIssuanceException {@code badge_not_found}, {@code badge_archived}, {@code nothing_to_issue}
     */
    public IssuanceRuns.Requested issue(long courseId, long badgeId, Collection<String> selectedUserIds, String requestedBy,
            String requestKey) {
        Badge badge = badges.find(courseId, badgeId).orElseThrow(() -> new BadgeIssuanceException("badge_not_found",
                "This badge does not exist in this course."));
        if (badge.archived()) {
            throw new BadgeIssuanceException("badge_archived", "This badge is archived; restore it before issuing it.");
        }
        List<String> selectable = selectable(badgeId);
        List<String> chosen = selectedUserIds == null ? selectable
                : selectable.stream().filter(Set.copyOf(selectedUserIds)::contains).toList();
        if (chosen.isEmpty()) {
            throw new BadgeIssuanceException("nothing_to_issue", selectedUserIds == null
                    ? "Nobody qualifies for this badge without holding it already."
                    : "None of the selected learners can be issued this badge: select learners who qualify, are still "
                            + "in the course and do not hold it yet.");
        }
        return request(courseId, List.of(badgeId), chosen.stream().map(user -> new ItemKey(badgeId, user)).toList(),
                requestedBy, requestKey, false);
    }

    /**
     * Asks for one run issuing each of {@code badgeIds} to everyone who qualifies for it and does not hold it (automatic
     * issuance after an evaluation); empty when nobody is left to issue.
     */
    public Optional<IssuanceRuns.Requested> issueAllQualifying(long courseId, List<Long> badgeIds, String requestedBy,
            String requestKey, boolean automatic) {
        List<ItemKey> items = new ArrayList<>();
        for (long badgeId : badgeIds) {
            selectable(badgeId).forEach(user -> items.add(new ItemKey(badgeId, user)));
        }
        if (items.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(request(courseId, badgeIds, items, requestedBy, requestKey, automatic));
    }

    /** Learners who qualify for the badge now, are still in the course and hold no award of it. */
    public List<String> selectable(long badgeId) {
        Set<String> awarded = awards.forBadge(badgeId).stream().map(BadgeAward::userId).collect(Collectors.toSet());
        return eligibilities.qualifying(badgeId).stream()
            .filter(eligibility -> !eligibility.leftCourse())
            .map(Eligibility::userId)
            .filter(user -> !awarded.contains(user))
            .toList();
    }

    public Optional<IssuanceRun> run(long courseId, long runId) {
        return runs.find(runId).filter(run -> run.courseId() == courseId);
    }

    public List<IssuanceRun> recentRuns(long courseId, int limit) {
        return runs.recent(courseId, limit);
    }

    /** The run's failed items (with their errors), at most {@code limit}. */
    public List<IssuanceItem> failures(long runId, int limit) {
        return runs.items(runId, IssuanceItem.FAILED, limit);
    }

    private IssuanceRuns.Requested request(long courseId, List<Long> badgeIds, List<ItemKey> items, String requestedBy,
            String requestKey, boolean automatic) {
        IssuanceRuns.Requested requested = runs.create(courseId, requestKey, badgeIds, requestedBy, automatic, items,
                clock.instant());
        if (requested.created()) {
            for (long badgeId : badgeIds) {
                long learners = items.stream().filter(item -> item.badgeId() == badgeId).count();
                audit.record(courseId, badgeId, requestedBy, "issuance_requested", "Run " + requested.runId() + " for "
                        + learners + " learners" + (automatic ? " (automatic issuance after a sync)." : "."));
            }
        }
        scheduler.scheduleIfNotExists(task.instance(String.valueOf(requested.runId()), requested.runId()), clock.instant());
        return requested;
    }
}
