package dev.laurel.tool.badges.issuance;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dev.laurel.tool.badges.badge.Badge;
import dev.laurel.tool.badges.badge.BadgeAudit;
import dev.laurel.tool.badges.badge.Badges;
import dev.laurel.tool.badges.issuance.IssuanceRuns.ItemKey;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Asks for issuance runs (persistent jobs) and reads their progress. Only learners who qualify now, are still in
 * the course and hold no award of the badge in force are put in a run; the run checks each of them again when it
 * issues. A learner whose badge was revoked is issued it again (a new credential) only when an instructor selects
 * them: "everyone who qualifies" and automatic issuance leave them out.
 */
@Service
public class IssuanceService {

    /** The actor of automatic issuance in the audit trail. */
    public static final String AUTOMATIC_ACTOR = "laurel";

    private final IssuanceRuns runs;
    private final Badges badges;
    private final BadgeAudit audit;
    private final SchedulerClient scheduler;
    private final OneTimeTask<Long> task;
    private final Clock clock;

    IssuanceService(IssuanceRuns runs, Badges badges, BadgeAudit audit, SchedulerClient scheduler,
            @Qualifier("badgeIssuanceTask") OneTimeTask<Long> task, Clock clock) {
        this.runs = runs;
        this.badges = badges;
        this.audit = audit;
        this.scheduler = scheduler;
        this.task = task;
        this.clock = clock;
    }

    /**
     * Asks for a run issuing {@code badgeId} to the selected learners ({@code null}: everyone who qualifies and was
     * never awarded it); a repeated {@code requestKey} (a double submit) answers the run it created first.
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
        List<String> chosen = selectedUserIds == null ? runs.qualifyingWithoutAward(badgeId)
                : selectable(badgeId).stream().filter(Set.copyOf(selectedUserIds)::contains).toList();
        if (chosen.isEmpty()) {
            throw new BadgeIssuanceException("nothing_to_issue", selectedUserIds == null
                    ? "Nobody qualifies for this badge without having been issued it already (learners whose badge "
                            + "was revoked are issued it again only when you select them)."
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
        Optional<IssuanceRuns.Requested> requested = runs.createForQualifying(courseId, requestKey, badgeIds, requestedBy,
                automatic, clock.instant());
        requested.ifPresent(run -> recorded(courseId, badgeIds, run, requestedBy, automatic));
        return requested;
    }

    /**
     * Learners who qualify for the badge now (so are still in the course) and hold no award of it in force: those
     * never awarded it and those whose badge was revoked.
     */
    public List<String> selectable(long badgeId) {
        return runs.qualifyingWithoutActiveAward(badgeId);
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
        recorded(courseId, badgeIds, requested, requestedBy, automatic);
        return requested;
    }

    /** Audits a run this request created and schedules it (again: a run already scheduled or done is left as it is). */
    private void recorded(long courseId, List<Long> badgeIds, IssuanceRuns.Requested requested, String requestedBy,
            boolean automatic) {
        if (requested.created()) {
            IssuanceRun run = runs.find(requested.runId()).orElseThrow();
            audit.record(courseId, badgeIds.size() == 1 ? badgeIds.get(0) : null, requestedBy, "issuance_requested",
                    "Run " + run.id() + " for " + run.total() + " badge awards" + (automatic ? " (automatic issuance after a sync)." : "."));
        }
        scheduler.scheduleIfNotExists(task.instance(String.valueOf(requested.runId()), requested.runId()), clock.instant());
    }
}
