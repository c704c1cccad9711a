package dev.laurel.bench;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64URL;
import dev.laurel.testsupport.BenchResults;
import dev.laurel.testsupport.Benchmark;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.badges.badge.Badge;
import dev.laurel.tool.badges.badge.Badges;
import dev.laurel.tool.badges.badge.EuDetails;
import dev.laurel.tool.badges.badge.IssuanceMode;
import dev.laurel.tool.badges.evaluation.BadgeEvaluationService;
import dev.laurel.tool.badges.issuance.BadgeAchievements;
import dev.laurel.tool.badges.issuance.IssuanceRun;
import dev.laurel.tool.badges.issuance.IssuanceRunState;
import dev.laurel.tool.badges.issuance.IssuanceService;
import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.RubricCriterion;
import dev.laurel.tool.badges.rubric.RubricLevel;
import dev.laurel.tool.badges.rubric.Rubrics;
import dev.laurel.tool.badges.rubric.SkillRef;
import dev.laurel.tool.badges.rules.AwardRule;
import dev.laurel.tool.credentials.document.AchievementDefinition;
import dev.laurel.tool.credentials.document.Recipient;
import dev.laurel.tool.credentials.issuer.IssuerDirectory;
import dev.laurel.tool.credentials.issuer.IssuerKeyStore;
import dev.laurel.tool.credentials.issuer.KeyAlgorithm;
import dev.laurel.tool.credentials.issuer.SigningKey;
import dev.laurel.tool.credentials.issuing.BatchCredentialIssuer;
import dev.laurel.tool.credentials.issuing.IssueOutcome;
import dev.laurel.tool.credentials.issuing.IssueRequest;
import dev.laurel.tool.credentials.proof.ProofFormat;
import dev.laurel.tool.credentials.verification.CredentialVerifier;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Evaluation plus issuance of 5 badges to 10,000 learners (50,000 VC-JWT RS256 credentials) through the real
 * issuance job on PostgreSQL, against the time the same 50,000 signatures alone take with the same key and the same
 * signing threads in the same run; eddsa-rdfc-2022 batch issuance of a smaller sample beside it. The synced course is
 * written straight into the course-sync tables. Prints and records the figures; asserts only that every credential
 * was issued exactly once.
 */
@Benchmark
@ToolTest
class IssuanceBenchmark {

    /** 10,000 learners; {@code -Dlaurel.bench.issuance.learners=n} for a quicker look while optimising. */
    private static final int LEARNERS = Integer.getInteger("laurel.bench.issuance.learners", 10_000);
    private static final int BADGES = 5;
    private static final int WARM_UP_LEARNERS = 1_000;
    private static final int EDDSA_LEARNERS = 1_000;
    private static final List<RubricLevel> LEVELS = List.of(new RubricLevel("beginning", "Beginning", "Not yet", 0),
            new RubricLevel("developing", "Developing", "With help", 1), new RubricLevel("proficient", "Proficient", "Alone", 2),
            new RubricLevel("exemplary", "Exemplary", "Teaches others", 3));

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Rubrics rubrics;
    @Autowired
    Badges badges;
    @Autowired
    BadgeEvaluationService evaluation;
    @Autowired
    IssuanceService issuance;
    @Autowired
    BatchCredentialIssuer batchIssuer;
    @Autowired
    BadgeAchievements achievements;
    @Autowired
    IssuerDirectory directory;
    @Autowired
    IssuerKeyStore keys;
    @Autowired
    CredentialVerifier verifier;
    @Autowired
    Clock clock;
    @Autowired
    javax.sql.DataSource dataSource;

    private record Course(long courseId, List<Badge> badges) {
    }

    /** JVM plus database CPU seconds of the last evaluation. */
    private double evaluationCpu;

    /** The CPU of the PostgreSQL backends behind the pool. */
    private PostgresBackendCpu database;

    @Test
    void evaluatesAndIssuesFiveBadgesToTenThousandLearners() throws Exception {
        database = PostgresBackendCpu.of(dataSource);
        Course warmUp = course(9501, WARM_UP_LEARNERS, BADGES);
        issueEverything(warmUp);

        Course course = course(9502, LEARNERS, BADGES);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        HeapSampler heap = HeapSampler.start();
        Optional<Duration> databaseTicks = database.cpu();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        double evaluationSeconds = issueEverything(course);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
        double databaseCpuSeconds = databaseCpuSecondsSince(databaseTicks);
        long peakHeap = heap.stop();

        List<String> keysOfBadges = course.badges().stream().map(Badge::achievementKey).toList();
        long active = jdbc.sql("SELECT COUNT(*) FROM issued_credential WHERE active = 'Y' AND achievement_key IN ("
                + String.join(",", Collections.nCopies(keysOfBadges.size(), "?")) + ")").params(new ArrayList<Object>(keysOfBadges))
            .query(Long.class).single();
        long awarded = jdbc.sql("SELECT COUNT(*) FROM badge_award a JOIN badge b ON b.id = a.badge_id WHERE b.course_id = ?")
            .param(course.courseId()).query(Long.class).single();
        if (active != (long) LEARNERS * BADGES || awarded != active) {
            throw new IllegalStateException("expected " + LEARNERS * BADGES + " credentials and awards, found " + active + " and " + awarded);
        }
        String sample = jdbc.sql("SELECT serialized FROM issued_credential WHERE achievement_key = ? FETCH FIRST 1 ROWS ONLY")
            .param(keysOfBadges.get(0)).query(String.class).single();
        if (!verifier.verify(sample).verified()) {
            throw new IllegalStateException("issued credentials must verify");
        }

        AtomicLong signingCpuNanos = new AtomicLong();
        double signingSeconds = signAgain(keysOfBadges, signingCpuNanos);
        double signingCpuSeconds = signingCpuNanos.get() / 1e9;
        double eddsaSeconds = eddsaSample();

        System.out.printf("BENCH issuance: %d credentials, evaluation %.3f s, JVM CPU %.3f s, its PostgreSQL backends' CPU %.3f s "
                + "(signing alone %.3f s CPU), load average %.1f, %d signing threads%n", active, evaluationSeconds, cpuSeconds,
                databaseCpuSeconds, signingCpuSeconds,
                os.getSystemLoadAverage(), ((java.util.concurrent.ThreadPoolExecutor) batchIssuer.signingPool()).getMaximumPoolSize());
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("issuance_10k_x5_s", round(seconds));
        figures.put("issuance_evaluation_s", round(evaluationSeconds));
        figures.put("issuance_evaluation_cpu_s", round(evaluationCpu));
        figures.put("issuance_signing_only_s", round(signingSeconds));
        figures.put("issuance_ratio_to_signing", round(seconds / signingSeconds));
        figures.put("issuance_cpu_s", round(cpuSeconds));
        figures.put("issuance_db_cpu_s", round(databaseCpuSeconds));
        figures.put("issuance_signing_only_cpu_s", round(signingCpuSeconds));
        figures.put("issuance_cpu_ratio_to_signing", round((cpuSeconds + Math.max(0, databaseCpuSeconds)) / signingCpuSeconds));
        figures.put("issuance_heap_mb", round(peakHeap / 1024.0 / 1024.0));
        figures.put("issuance_eddsa_1k_s", round(eddsaSeconds));
        figures.put("issuance_eddsa_per_s", round(EDDSA_LEARNERS / eddsaSeconds));
        BenchResults.record(figures);
    }

    /** Evaluates the course and issues every badge to everyone who qualifies, through the job; answers the evaluation's seconds. */
    private double issueEverything(Course course) throws InterruptedException {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Optional<Duration> databaseTicks = database.cpu();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        evaluation.evaluateCourse(course.courseId());
        double evaluationSeconds = (System.nanoTime() - start) / 1e9;
        evaluationCpu = (os.getProcessCpuTime() - cpuStart) / 1e9 + Math.max(0, databaseCpuSecondsSince(databaseTicks));
        long runId = issuance.issueAllQualifying(course.courseId(), course.badges().stream().map(Badge::id).toList(), "bench",
                "bench-" + UUID.randomUUID(), false).orElseThrow().runId();
        IssuanceRun run = issuance.run(course.courseId(), runId).orElseThrow();
        while (run.state() != IssuanceRunState.COMPLETED) {
            Thread.sleep(50);
            run = issuance.run(course.courseId(), runId).orElseThrow();
        }
        if (run.issued() != run.total()) {
            throw new IllegalStateException("run " + runId + " issued " + run.issued() + " of " + run.total()
                    + " (skipped " + run.skipped() + ", failed " + run.failed() + ")");
        }
        return evaluationSeconds;
    }

    /**
     * The same signatures again: each stored JWT's signing input, signed with the same key on the same threads; answers
     * the wall time of the signing alone (reading the inputs is not counted) and adds the signing threads' CPU time.
     */
    private double signAgain(List<String> achievementKeys, AtomicLong cpuNanos) throws Exception {
        SigningKey key = keys.currentSigningKey(directory.defaultIssuer(), KeyAlgorithm.RS256);
        ExecutorService pool = batchIssuer.signingPool();
        long nanos = 0;
        long lastId = 0;
        int signed = 0;
        while (true) {
            List<Object> params = new ArrayList<>(List.of(lastId));
            params.addAll(achievementKeys);
            List<String[]> chunk = jdbc.sql("SELECT id, serialized FROM issued_credential WHERE id > ? AND active = 'Y' AND achievement_key IN ("
                    + String.join(",", Collections.nCopies(achievementKeys.size(), "?")) + ") ORDER BY id FETCH FIRST 2000 ROWS ONLY")
                .params(params).query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)}).list();
            if (chunk.isEmpty()) {
                break;
            }
            lastId = Long.parseLong(chunk.get(chunk.size() - 1)[0]);
            List<byte[]> inputs = chunk.stream().map(row -> row[1].substring(0, row[1].lastIndexOf('.')).getBytes(StandardCharsets.US_ASCII)).toList();
            JWSHeader header = JWSHeader.parse(Base64URL.from(chunk.get(0)[1].substring(0, chunk.get(0)[1].indexOf('.'))));
            long start = System.nanoTime();
            CompletableFuture.allOf(inputs.stream().map(input -> CompletableFuture.runAsync(() -> {
                long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                try {
                    key.jwsSigner().sign(header, input);
                }
                catch (JOSEException ex) {
                    throw new IllegalStateException(ex);
                }
                cpuNanos.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart);
            }, pool)).toArray(CompletableFuture[]::new)).join();
            nanos += System.nanoTime() - start;
            signed += inputs.size();
        }
        if (signed != LEARNERS * BADGES) {
            throw new IllegalStateException("signed " + signed + " again, expected " + LEARNERS * BADGES);
        }
        return nanos / 1e9;
    }

    /** eddsa-rdfc-2022 batch issuance of one badge to {@value #EDDSA_LEARNERS} learners, in chunks as a run issues them. */
    private double eddsaSample() {
        Course course = course(9503, 1, 1);
        Badge badge = course.badges().get(0);
        Rubric rubric = rubrics.find(course.courseId(), badge.rubricId()).orElseThrow();
        AchievementDefinition definition = achievements.definition(badge, rubric);
        List<IssueRequest> requests = IntStream.range(0, EDDSA_LEARNERS)
            .mapToObj(i -> achievements.request(badge, rubric, definition, new Recipient("lti:9503:eddsa-" + i, "eddsa-" + i + "@students.example", null),
                    Map.of("c0", "exemplary", "c1", "proficient"), clock.instant()).withProofFormat(ProofFormat.EDDSA_RDFC_2022))
            .toList();
        batchIssuer.issueAll(requests.subList(0, 50)); // warm-up
        long start = System.nanoTime();
        for (int from = 50; from < requests.size(); from += 500) {
            List<IssueOutcome> outcomes = batchIssuer.issueAll(requests.subList(from, Math.min(requests.size(), from + 500)));
            if (!outcomes.stream().allMatch(IssueOutcome::newlyIssued)) {
                throw new IllegalStateException("every eddsa credential must be newly issued");
            }
        }
        return (System.nanoTime() - start) / 1e9 * EDDSA_LEARNERS / (EDDSA_LEARNERS - 50);
    }

    /** A synced course of {@code learners}, {@code badgeCount} rubrics of two criteria and a badge on each; everyone qualifies. */
    private Course course(long registrationId, int learners, int badgeCount) {
        String contextId = "bench-" + UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        GeneratedKeyHolder context = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO lti_context (registration_id, deployment_id, context_id, title, label, ags_lineitems_url, ags_scopes,
                    nrps_memberships_url, first_launch_at, last_launch_at)
                VALUES (?, 'deployment-1', ?, 'Benchmark course', 'BENCH', 'https://lms.example/lineitems', '', NULL, ?, ?)""")
            .params(registrationId, contextId, now, now).update(context, "id");
        long courseId = context.getKey().longValue();
        GeneratedKeyHolder sync = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO course_sync (registration_id, deployment_id, context_id, client_id, token_url, ags_scopes, state,
                    requested_at, started_at, finished_at)
                VALUES (?, 'deployment-1', ?, 'client', 'https://lms.example/token', '', 'COMPLETED', ?, ?, ?)""")
            .params(registrationId, contextId, now, now, now).update(sync, "id");
        long syncId = sync.getKey().longValue();
        List<String> users = IntStream.range(0, learners).mapToObj(i -> String.format("learner-%06d", i)).toList();
        insertRows("INSERT INTO course_member (sync_id, user_id, status, name, email, roles, updated_at) VALUES ", "(?, ?, ?, ?, ?, ?, ?)",
                users.stream().map(user -> List.<Object>of(syncId, user, "Active", "Learner " + user, user + "@students.example",
                        "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner", now)).toList());
        List<Badge> created = new ArrayList<>();
        for (int badgeIndex = 0; badgeIndex < badgeCount; badgeIndex++) {
            int b = badgeIndex;
            List<String> urls = new ArrayList<>();
            for (int criterion = 0; criterion < 2; criterion++) {
                int c = criterion;
                String url = "https://lms.example/lineitems/" + contextId + "/" + b + "-" + c;
                GeneratedKeyHolder item = new GeneratedKeyHolder();
                jdbc.sql("INSERT INTO course_line_item (sync_id, line_item_url, label, score_maximum, updated_at) VALUES (?, ?, ?, ?, ?)")
                    .params(syncId, url, "Project " + b + " criterion " + c, 3.0, now).update(item, "id");
                long itemId = item.getKey().longValue();
                insertRows("INSERT INTO course_result (line_item_id, user_id, result_score, result_maximum, updated_at) VALUES ",
                        "(?, ?, ?, ?, ?)", users.stream().map(user -> List.<Object>of(itemId, user, 3.0 - c, 3.0, now)).toList());
                urls.add(url);
            }
            Rubric rubric = rubrics.create(new Rubric(0, courseId, "Project " + b + " rubric", "Rubric of project " + b,
                    IntStream.range(0, 2).mapToObj(c -> new RubricCriterion("c" + c, "Criterion " + c + " of project " + b,
                            "What criterion " + c + " assesses", urls.get(c), LEVELS,
                            List.of(new SkillRef("http://data.europa.eu/esco/skill/bench-" + b + "-" + c, "skill " + c, "ESCO")))).toList()));
            created.add(badges.create(new Badge(0, courseId, "pending", "Project " + b, "Completed project " + b + " well.",
                    "Proficient or better on both criteria of project " + b + ".", "Badge", rubric.id(),
                    new AwardRule.AllOf(List.of(new AwardRule.CriterionAtLeast("c0", "proficient"),
                            new AwardRule.CriterionAtLeast("c1", "proficient"))),
                    List.of(), new EuDetails(1.0, 25.0, 5, "project", null, "online", "internal", null, null, null, null, null),
                    365, IssuanceMode.MANUAL, null, false, null, null)));
        }
        return new Course(courseId, created);
    }

    /** CPU seconds the pool's PostgreSQL backends used since {@code before}; -1 when unknown. */
    private double databaseCpuSecondsSince(Optional<Duration> before) {
        Optional<Duration> after = database.cpu();
        return before.isEmpty() || after.isEmpty() ? -1 : after.get().minus(before.get()).toMillis() / 1000.0;
    }

    private void insertRows(String insert, String row, List<List<Object>> rows) {
        for (int from = 0; from < rows.size(); from += 1000) {
            List<List<Object>> part = rows.subList(from, Math.min(rows.size(), from + 1000));
            List<Object> params = new ArrayList<>();
            part.forEach(params::addAll);
            jdbc.sql(insert + String.join(", ", Collections.nCopies(part.size(), row))).params(params).update();
        }
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
