package dev.laurel.tool.badges.issuance;

import dev.laurel.tool.badges.badge.Badge;
import dev.laurel.tool.badges.badge.BadgeAudit;
import dev.laurel.tool.badges.badge.Badges;
import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.Rubrics;
import dev.laurel.tool.badges.issuance.IssuanceRuns.ItemKey;
import dev.laurel.tool.badges.issuance.IssuanceRuns.ItemResult;
import dev.laurel.tool.badges.issuance.IssuanceRuns.PendingItem;
import dev.laurel.tool.coursesync.CourseKey;
import dev.laurel.tool.coursesync.SyncedCourse;
import dev.laurel.tool.coursesync.SyncedCourses;
import dev.laurel.tool.credentials.IssuedCredential;
import dev.laurel.tool.credentials.document.AchievementDefinition;
import dev.laurel.tool.credentials.document.Recipient;
import dev.laurel.tool.credentials.issuing.BatchCredentialIssuer;
import dev.laurel.tool.credentials.issuing.IssueOutcome;
import dev.laurel.tool.credentials.issuing.IssueRequest;
import dev.laurel.tool.credentials.wallet.LearnerBadges;
import dev.laurel.tool.credentials.wallet.LearnerRecipients;
import dev.laurel.tool.launch.LtiContext;
import dev.laurel.tool.launch.LtiContexts;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one issuance run to its end: reads the course's roster once, then the pending items chunk by chunk (with
 * each learner's latest verdict and any award in the same query), skips those who left the course, no longer
 * qualify or were awarded meanwhile, issues the rest through the {@link BatchCredentialIssuer}, and records the
 * awards, the credentials' course and the items' outcomes in one transaction per chunk. Chunks overlap (one is
 * written while the next is signed). Items done are never redone, so a run resumes where it stopped; a failed
 * item keeps its error and the run goes on.
 */
@Component
class IssuanceRunner {

    private static final Logger log = LoggerFactory.getLogger(IssuanceRunner.class);
    private static final int WRITE_ATTEMPTS = 3;

    private final IssuanceRuns runs;
    private final BadgeAwards awards;
    private final Badges badges;
    private final Rubrics rubrics;
    private final LtiContexts contexts;
    private final SyncedCourses synced;
    private final BadgeAchievements achievements;
    private final BatchCredentialIssuer issuer;
    private final LearnerBadges learnerBadges;
    private final BadgeAudit audit;
    private final IssuanceProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    IssuanceRunner(IssuanceRuns runs, BadgeAwards awards, Badges badges, Rubrics rubrics, LtiContexts contexts,
            SyncedCourses synced, BadgeAchievements achievements, BatchCredentialIssuer issuer, LearnerBadges learnerBadges,
            BadgeAudit audit, IssuanceProperties properties, PlatformTransactionManager transactions, Clock clock) {
        this.runs = runs;
        this.awards = awards;
        this.badges = badges;
        this.rubrics = rubrics;
        this.contexts = contexts;
        this.synced = synced;
        this.achievements = achievements;
        this.issuer = issuer;
        this.learnerBadges = learnerBadges;
        this.audit = audit;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The badges of a run as issued: the badge, its rubric and its achievement. */
    private record RunBadge(Badge badge, Rubric rubric, AchievementDefinition definition) {
    }

    /** What every chunk of a run reads: the course, its badges and its roster (read once). */
    private record RunContext(IssuanceRun run, LtiContext course, Map<Long, RunBadge> badges,
            Map<String, SyncedCourse.SyncedMember> members) {
    }

    /** Runs (or resumes) the run; a completed or unknown run is left alone. */
    void run(long runId) {
        IssuanceRun run = runs.find(runId).orElse(null);
        if (run == null || run.state() == IssuanceRunState.COMPLETED || !runs.start(runId, clock.instant())) {
            return;
        }
        try {
            RunContext context = context(run);
            processPending(context);
            runs.complete(runId, clock.instant());
            IssuanceRun done = runs.find(runId).orElseThrow();
            audit.record(run.courseId(), null, run.requestedBy(), "issuance_completed", "Run " + runId + ": "
                    + done.issued() + " issued, " + done.skipped() + " skipped, " + done.failed() + " failed.");
            log.info("Issuance run {} of course {} completed: {} issued, {} skipped, {} failed", runId, run.courseId(),
                    done.issued(), done.skipped(), done.failed());
        }
        catch (RuntimeException ex) {
            log.warn("Issuance run {} stopped ({}); it resumes on its next attempt", runId, ex.getClass().getSimpleName());
            runs.fail(runId, "issuance_interrupted: " + ex.getClass().getSimpleName()
                    + " (the run resumes with its pending learners on the next attempt)", clock.instant());
            throw ex;
        }
    }

    private RunContext context(IssuanceRun run) {
        LtiContext course = contexts.findById(run.courseId())
            .orElseThrow(() -> new IllegalStateException("course " + run.courseId() + " of run " + run.id() + " is gone"));
        Map<Long, RunBadge> runBadges = new HashMap<>();
        for (long badgeId : run.badgeIds()) {
            badges.find(run.courseId(), badgeId).filter(badge -> !badge.archived()).ifPresent(badge -> {
                Rubric rubric = badge.rubricId() == null ? null : rubrics.find(run.courseId(), badge.rubricId()).orElse(null);
                runBadges.put(badgeId, new RunBadge(badge, rubric, achievements.definition(badge, rubric)));
            });
        }
        Map<String, SyncedCourse.SyncedMember> members = new HashMap<>();
        synced.members(new CourseKey(course.registrationId(), course.deploymentId(), course.contextId()))
            .forEach(member -> members.put(member.userId(), member));
        return new RunContext(run, course, runBadges, members);
    }

    private void processPending(RunContext context) {
        ExecutorService lanes = Executors.newFixedThreadPool(properties.concurrentChunks(), task -> {
            Thread thread = new Thread(task, "badge-issuance-" + context.run().id());
            thread.setDaemon(true);
            return thread;
        });
        Semaphore slots = new Semaphore(properties.concurrentChunks());
        List<Future<?>> chunks = new ArrayList<>();
        AtomicBoolean failed = new AtomicBoolean();
        try {
            ItemKey after = null;
            while (!failed.get()) {
                List<PendingItem> chunk = runs.pending(context.run().id(), after, properties.chunkSize());
                if (chunk.isEmpty()) {
                    break;
                }
                after = chunk.get(chunk.size() - 1).key();
                slots.acquireUninterruptibly();
                chunks.add(lanes.submit(() -> {
                    try {
                        process(context, chunk);
                    }
                    catch (RuntimeException ex) {
                        failed.set(true);
                        throw ex;
                    }
                    finally {
                        slots.release();
                    }
                }));
            }
            for (Future<?> chunk : chunks) {
                chunk.get();
            }
        }
        catch (ExecutionException ex) {
            throw ex.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(ex.getCause());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("issuance interrupted", ex);
        }
        finally {
            lanes.shutdownNow();
        }
    }

    private void process(RunContext context, List<PendingItem> chunk) {
        Instant now = clock.instant();
        List<ItemResult> results = new ArrayList<>(chunk.size());
        List<ItemKey> requested = new ArrayList<>();
        List<IssueRequest> requests = new ArrayList<>();
        for (PendingItem item : chunk) {
            ItemKey key = item.key();
            RunBadge badge = context.badges().get(key.badgeId());
            SyncedCourse.SyncedMember member = context.members().get(key.userId());
            if (badge == null) {
                results.add(skipped(key, "badge_unavailable", "The badge was deleted or archived; not issued.", null));
            }
            else if (item.awardedCredential() != null) {
                results.add(skipped(key, "already_awarded", "Already awarded this badge.", item.awardedCredential()));
            }
            else if (member == null || !member.active()) {
                results.add(skipped(key, "left_course", "No longer active in the course; not issued.", null));
            }
            else if (!Boolean.TRUE.equals(item.qualifies())) {
                results.add(skipped(key, "no_longer_qualifies",
                        "No longer qualifies (a grade changed or was removed since the review); not issued.", null));
            }
            else {
                requested.add(key);
                requests.add(achievements.request(badge.badge(), badge.rubric(), badge.definition(),
                        recipient(context.course(), member), item.levels(), now));
            }
        }
        List<IssueOutcome> outcomes = requests.isEmpty() ? List.of() : issuer.issueAll(requests);
        List<BadgeAward> newAwards = new ArrayList<>();
        List<IssuedCredential> credentials = new ArrayList<>();
        Map<Long, List<String>> issuedByBadge = new LinkedHashMap<>();
        Map<Long, List<String>> failedByBadge = new LinkedHashMap<>();
        for (int i = 0; i < outcomes.size(); i++) {
            ItemKey key = requested.get(i);
            IssueOutcome outcome = outcomes.get(i);
            if (!outcome.issued()) {
                results.add(new ItemResult(key, IssuanceItem.FAILED, outcome.errorCode(), outcome.errorMessage(), null));
                failedByBadge.computeIfAbsent(key.badgeId(), id -> new ArrayList<>()).add(key.userId() + " (" + outcome.errorCode() + ")");
                continue;
            }
            String uuid = uuidOf(outcome.credential());
            newAwards.add(new BadgeAward(key.badgeId(), key.userId(), uuid, now, context.run().requestedBy(),
                    context.run().id(), null, null, null));
            credentials.add(outcome.credential());
            if (outcome.newlyIssued()) {
                results.add(new ItemResult(key, IssuanceItem.ISSUED, null, null, uuid));
                issuedByBadge.computeIfAbsent(key.badgeId(), id -> new ArrayList<>()).add(key.userId());
            }
            else {
                results.add(skipped(key, "already_issued", "Issued before (by an earlier attempt or another run).", uuid));
            }
        }
        write(context, results, newAwards, credentials, issuedByBadge, failedByBadge, now);
    }

    /** Records the chunk in one transaction, again if a concurrent run recorded the same award first. */
    private void write(RunContext context, List<ItemResult> results, List<BadgeAward> newAwards,
            List<IssuedCredential> credentials, Map<Long, List<String>> issuedByBadge,
            Map<Long, List<String>> failedByBadge, Instant now) {
        IssuanceRun run = context.run();
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(status -> {
                    awards.recordAll(newAwards);
                    learnerBadges.recordCourses(credentials, run.courseId());
                    runs.recordResults(run.id(), results, now);
                    issuedByBadge.forEach((badgeId, users) -> audit.record(run.courseId(), badgeId, run.requestedBy(),
                            "issued", "Run " + run.id() + " issued the badge to " + users.size() + " learners: " + String.join(", ", users)));
                    failedByBadge.forEach((badgeId, users) -> audit.record(run.courseId(), badgeId, run.requestedBy(),
                            "issue_failed", "Run " + run.id() + " could not issue the badge to " + users.size() + " learners: "
                                    + String.join(", ", users)));
                });
                return;
            }
            catch (DuplicateKeyException | ConcurrencyFailureException concurrent) {
                if (attempt == WRITE_ATTEMPTS) {
                    throw concurrent;
                }
            }
        }
    }

    private static ItemResult skipped(ItemKey key, String code, String message, String credentialUuid) {
        return new ItemResult(key, IssuanceItem.SKIPPED, code, message, credentialUuid);
    }

    private static Recipient recipient(LtiContext course, SyncedCourse.SyncedMember member) {
        // the name is not published: the learner has not allowed it (EU-ELEMENTS.md element 1)
        return new Recipient(LearnerRecipients.stableId(course.registrationId(), member.userId()), member.email(), null);
    }

    static String uuidOf(IssuedCredential credential) {
        String id = credential.credentialId();
        return id.substring(id.lastIndexOf('/') + 1);
    }
}
