package dev.laurel.tool.badges.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.badges.SyncedCourseFixture;
import dev.laurel.tool.badges.badge.BadgeAudit;
import dev.laurel.tool.badges.badge.Badges;
import dev.laurel.tool.badges.badge.IssuanceMode;
import dev.laurel.tool.badges.evaluation.BadgeEvaluationService;
import dev.laurel.tool.badges.issuance.IssuanceRuns.ItemKey;
import dev.laurel.tool.badges.rubric.Rubrics;
import dev.laurel.tool.coursesync.CourseKey;
import dev.laurel.tool.coursesync.CourseSyncCompletedEvent;
import dev.laurel.tool.credentials.IssuedCredential;
import dev.laurel.tool.credentials.document.Recipient;
import dev.laurel.tool.credentials.issuing.CredentialIssuer;
import dev.laurel.tool.credentials.issuing.IssuedCredentialStore;
import dev.laurel.tool.credentials.status.CredentialStatusService;
import dev.laurel.tool.credentials.verification.CredentialVerifier;
import dev.laurel.tool.credentials.wallet.LearnerBadge;
import dev.laurel.tool.credentials.wallet.LearnerBadges;
import dev.laurel.tool.credentials.wallet.LearnerRecipients;
import dev.laurel.tool.launch.LtiUser;
import dev.laurel.tool.lti.LaurelRole;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issuance runs over a synced course: idempotent, concurrent-safe, resumable, per-item failures, automatic mode. */
@ToolTest
@DatabaseTest
class BadgeIssuanceTests {

    private static final Duration WAIT = Duration.ofSeconds(60);

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
    IssuanceRuns runs;
    @Autowired
    IssuanceRunner runner;
    @Autowired
    BadgeAwards awards;
    @Autowired
    BadgeReview reviews;
    @Autowired
    BadgeRevocations revocations;
    @Autowired
    BadgeAudit audit;
    @Autowired
    IssuedCredentialStore credentials;
    @Autowired
    CredentialVerifier verifier;
    @Autowired
    CredentialStatusService statuses;
    @Autowired
    LearnerBadges learnerBadges;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JsonMapper mapper;
    @Autowired
    Clock clock;
    @Autowired
    CredentialIssuer credentialIssuer;
    @Autowired
    BadgeAchievements achievements;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    private IssuanceCourse course;

    @BeforeEach
    void evaluatedCourse() {
        course = IssuanceCourse.create(jdbc, rubrics, badges, IssuanceMode.MANUAL);
        evaluation.evaluateCourse(course.courseId());
    }

    @Test
    void issuingToEveryoneWhoQualifiesIssuesVerifiableCredentialsOnceAndASecondRequestFindsNobody() {
        IssuanceRuns.Requested requested = issuance.issue(course.courseId(), course.badge.id(), null, "teacher", "first");

        IssuanceRun run = awaitCompleted(requested.runId());

        assertThat(run.total()).isEqualTo(2);
        assertThat(run.issued()).isEqualTo(2);
        assertThat(awards.forBadge(course.badge.id())).extracting(BadgeAward::userId).containsExactly("ada", "bob");
        for (String learner : List.of("ada", "bob")) {
            String serialized = credentials.findActive(course.badge.achievementKey(), recipient(learner)).orElseThrow().serialized();
            assertThat(verifier.verify(serialized).verified()).as(learner).isTrue();
            assertThat(credentials.count(course.badge.achievementKey(), recipient(learner))).isEqualTo(1);
        }
        assertThatThrownBy(() -> issuance.issue(course.courseId(), course.badge.id(), null, "teacher", "second"))
            .isInstanceOfSatisfying(BadgeIssuanceException.class, ex -> assertThat(ex.code()).isEqualTo("nothing_to_issue"));
        assertThat(audit.recent(course.courseId(), 50)).extracting(BadgeAudit.Entry::action)
            .contains("issuance_requested", "issued", "issuance_completed");
    }

    @Test
    void credentialCarriesTheRubricLevelsAlignmentsEvidenceAndValidityAndListsNewInTheLearnersCourse() throws Exception {
        awaitCompleted(issuance.issue(course.courseId(), course.badge.id(), List.of("ada"), "teacher", "ada-only").runId());

        String jwt = credentials.findActive(course.badge.achievementKey(), recipient("ada")).orElseThrow().serialized();
        JsonNode document = mapper.readTree(com.nimbusds.jose.JWSObject.parse(jwt).getPayload().toString());
        JsonNode achievement = document.path("credentialSubject").path("achievement");
        assertThat(achievement.path("id").asString()).endsWith("/achievements/" + course.badge.achievementKey());
        assertThat(achievement.path("image").path("id").asString()).endsWith("/badges/" + course.badge.achievementKey() + "/image");
        assertThat(achievement.path("resultDescription")).hasSize(2);
        assertThat(achievement.path("resultDescription").path(0).path("requiredLevel").asString()).endsWith("-level-proficient");
        assertThat(achievement.path("alignment").toString()).contains("http://data.europa.eu/esco/skill/abc")
            .contains("http://data.europa.eu/snb/eqf/5");
        assertThat(achievement.path("creditsAvailable").asDouble()).isEqualTo(25.0);
        assertThat(achievement.path("ext:workload").path("ext:ectsCredits").asDouble()).isEqualTo(1.0);
        assertThat(document.path("credentialSubject").path("result").toString()).contains("-level-exemplary").contains("-level-proficient");
        assertThat(document.path("evidence").path(0).path("narrative").asString()).contains("Criterion 0: Exemplary")
            .contains("Criterion 1: Proficient");
        assertThat(Instant.parse(document.path("validUntil").asString()))
            .isAfter(Instant.parse(document.path("validFrom").asString()).plus(Duration.ofDays(364)));
        LtiUser ada = new LtiUser(course.fixture.registrationId, course.fixture.deploymentId, course.fixture.contextId, null,
                "ada", null, null, Set.of(LaurelRole.LEARNER), null);
        assertThat(learnerBadges.all(ada, course.courseId())).singleElement()
            .satisfies(badge -> assertThat(badge.seen()).isFalse());
        assertThat(learnerBadges.all(ada, course.courseId() + 1000)).isEmpty();
    }

    @Test
    void twoRunsOfTheSameLearnersOnTwoThreadsIssueOneCredentialPerLearner() throws Exception {
        List<ItemKey> items = List.of(new ItemKey(course.badge.id(), "ada"), new ItemKey(course.badge.id(), "bob"));
        long first = runs.create(course.courseId(), "thread-1", List.of(course.badge.id()), "teacher", false, items, clock.instant()).runId();
        long second = runs.create(course.courseId(), "thread-2", List.of(course.badge.id()), "teacher", false, items, clock.instant()).runId();
        CyclicBarrier start = new CyclicBarrier(2);

        CompletableFuture<Void> one = CompletableFuture.runAsync(() -> awaitThen(start, () -> runner.run(first)));
        CompletableFuture<Void> two = CompletableFuture.runAsync(() -> awaitThen(start, () -> runner.run(second)));
        CompletableFuture.allOf(one, two).get();

        for (String learner : List.of("ada", "bob")) {
            assertThat(credentials.count(course.badge.achievementKey(), recipient(learner))).as(learner).isEqualTo(1);
        }
        assertThat(awards.forBadge(course.badge.id())).hasSize(2);
        IssuanceRun a = runs.find(first).orElseThrow();
        IssuanceRun b = runs.find(second).orElseThrow();
        assertThat(a.state()).isEqualTo(IssuanceRunState.COMPLETED);
        assertThat(b.state()).isEqualTo(IssuanceRunState.COMPLETED);
        assertThat(a.issued() + b.issued()).isEqualTo(2);
        assertThat(a.done() + b.done()).isEqualTo(4);
    }

    @Test
    void aRunCutShortResumesWithoutRedoingItsDoneItemsOrIssuingTwice() {
        SyncedCourseFixture fixture = course.fixture;
        for (String learner : List.of("eve", "fay", "gus")) {
            fixture.member(learner, SyncedCourseFixture.LEARNER, "Active");
            fixture.result(course.analysis, learner, 3, 3);
            fixture.result(course.writing, learner, 3, 3);
        }
        evaluation.evaluateCourse(course.courseId());
        List<String> learners = List.of("ada", "bob", "eve", "fay", "gus");
        long runId = runs.create(course.courseId(), "crash", List.of(course.badge.id()), "teacher", false,
                learners.stream().map(learner -> new ItemKey(course.badge.id(), learner)).toList(), clock.instant()).runId();
        // the state a crash leaves: ada done, bob's credential committed without its award or item, the run RUNNING
        runner.run(runs.create(course.courseId(), "before-crash", List.of(course.badge.id()), "teacher", false,
                List.of(new ItemKey(course.badge.id(), "ada")), clock.instant()).runId());
        jdbc.sql("UPDATE badge_issuance_item SET state = 'ISSUED', credential_uuid = (SELECT credential_uuid FROM badge_award "
                + "WHERE badge_id = ? AND user_id = 'ada'), done_at = ? WHERE run_id = ? AND user_id = 'ada'")
            .params(course.badge.id(), OffsetDateTime.parse("2020-01-01T00:00:00Z"), runId).update();
        jdbc.sql("UPDATE badge_issuance_run SET state = 'RUNNING', issued = 1, started_at = ? WHERE id = ?")
            .params(OffsetDateTime.now(clock), runId).update();
        String adaCredential = awards.find(course.badge.id(), "ada").orElseThrow().credentialUuid();
        String bobCredential = IssuanceRunner.uuidOf(issuedDirectly("bob"));

        runner.run(runId);

        IssuanceRun run = runs.find(runId).orElseThrow();
        assertThat(run.state()).isEqualTo(IssuanceRunState.COMPLETED);
        assertThat(run.done()).isEqualTo(5);
        assertThat(run.issued()).isEqualTo(4); // ada before the crash, eve, fay and gus after it
        assertThat(jdbc.sql("SELECT done_at FROM badge_issuance_item WHERE run_id = ? AND user_id = 'ada'").param(runId)
            .query(OffsetDateTime.class).single().toInstant()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(awards.find(course.badge.id(), "ada").orElseThrow().credentialUuid()).isEqualTo(adaCredential);
        assertThat(awards.find(course.badge.id(), "bob").orElseThrow().credentialUuid()).isEqualTo(bobCredential);
        for (String learner : learners) {
            assertThat(credentials.count(course.badge.achievementKey(), recipient(learner))).as(learner).isEqualTo(1);
        }
    }

    @Test
    void recordingIssuedItemsNeverMarksAnotherPendingItemOfTheirRange() {
        long runId = runs.create(course.courseId(), "range", List.of(course.badge.id()), "teacher", false,
                List.of(new ItemKey(course.badge.id(), "ada"), new ItemKey(course.badge.id(), "bob"),
                        new ItemKey(course.badge.id(), "cy")), clock.instant()).runId();

        int changed = transactions.execute(status -> runs.recordResults(runId, List.of(
                new IssuanceRuns.ItemResult(new ItemKey(course.badge.id(), "ada"), IssuanceItem.ISSUED, null, null, null),
                new IssuanceRuns.ItemResult(new ItemKey(course.badge.id(), "cy"), IssuanceItem.ISSUED, null, null, null)), clock.instant()));

        assertThat(changed).isEqualTo(2);
        assertThat(runs.items(runId, IssuanceItem.PENDING, 10)).extracting(IssuanceItem::userId).containsExactly("bob");
        assertThat(runs.items(runId, IssuanceItem.ISSUED, 10)).extracting(IssuanceItem::userId).containsExactly("ada", "cy");
        assertThat(runs.find(runId).orElseThrow().issued()).isEqualTo(2);
    }

    @Test
    void aLearnerWhoseIssuanceFailsIsRecordedWithAReadableErrorAndTheOthersAreIssued() {
        String longSub = "x".repeat(250); // LTI allows a 255-character sub; Laurel's recipient key has no room for it
        course.fixture.member(longSub, SyncedCourseFixture.LEARNER, "Active");
        course.fixture.result(course.analysis, longSub, 3, 3);
        course.fixture.result(course.writing, longSub, 3, 3);
        evaluation.evaluateCourse(course.courseId());

        IssuanceRun run = awaitCompleted(issuance.issue(course.courseId(), course.badge.id(), null, "teacher", "with-failure").runId());

        assertThat(run.issued()).isEqualTo(2);
        assertThat(run.failed()).isEqualTo(1);
        assertThat(issuance.failures(run.id(), 10)).singleElement().satisfies(item -> {
            assertThat(item.userId()).isEqualTo(longSub);
            assertThat(item.errorCode()).isEqualTo("credential_not_stored");
            assertThat(item.errorMessage()).startsWith("The credential could not be stored");
        });
        assertThat(awards.forBadge(course.badge.id())).extracting(BadgeAward::userId).containsExactly("ada", "bob");
    }

    @Test
    void aLearnerWhoLeftTheCourseIsNeitherSelectableNorIssuedEvenWhenARunNamesThem() {
        assertThat(issuance.selectable(course.badge.id())).containsExactly("ada", "bob");
        assertThatThrownBy(() -> issuance.issue(course.courseId(), course.badge.id(), List.of("cy", "dee"), "teacher", "left"))
            .isInstanceOfSatisfying(BadgeIssuanceException.class, ex -> assertThat(ex.code()).isEqualTo("nothing_to_issue"));
        long runId = runs.create(course.courseId(), "forged", List.of(course.badge.id()), "teacher", false,
                List.of(new ItemKey(course.badge.id(), "cy"), new ItemKey(course.badge.id(), "dee")), clock.instant()).runId();
        // and a learner who leaves between the review and the run
        jdbc.sql("UPDATE course_member SET status = 'Inactive' WHERE sync_id = ? AND user_id = 'bob'").param(course.fixture.syncId).update();
        long bobRun = runs.create(course.courseId(), "bob-left", List.of(course.badge.id()), "teacher", false,
                List.of(new ItemKey(course.badge.id(), "bob")), clock.instant()).runId();

        runner.run(runId);
        runner.run(bobRun);

        assertThat(runs.items(runId, IssuanceItem.SKIPPED, 10)).extracting(IssuanceItem::userId, IssuanceItem::errorCode)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("cy", "left_course"),
                    org.assertj.core.groups.Tuple.tuple("dee", "no_longer_qualifies"));
        assertThat(runs.items(bobRun, IssuanceItem.SKIPPED, 10)).extracting(IssuanceItem::errorCode).containsExactly("left_course");
        assertThat(awards.forBadge(course.badge.id())).isEmpty();
        assertThat(credentials.count(course.badge.achievementKey(), recipient("cy"))).isZero();
    }

    @Test
    void automaticModeIssuesQualifyingLearnersAfterASync() {
        IssuanceCourse automatic = IssuanceCourse.create(jdbc, rubrics, badges, IssuanceMode.AUTO);

        events.publishEvent(new CourseSyncCompletedEvent(new CourseKey(automatic.fixture.registrationId,
                automatic.fixture.deploymentId, automatic.fixture.contextId), automatic.fixture.syncId, 5, 2, 8, Instant.now()));

        await().atMost(WAIT).untilAsserted(() -> assertThat(awards.forBadge(automatic.badge.id()))
            .extracting(BadgeAward::userId).containsExactly("ada", "bob"));
        assertThat(awards.forBadge(automatic.badge.id())).allSatisfy(award -> assertThat(award.issuedBy()).isEqualTo("laurel"));
        assertThat(issuance.recentRuns(automatic.courseId(), 5)).singleElement().satisfies(run -> assertThat(run.automatic()).isTrue());
        // the manual badge of the other course was not touched
        assertThat(awards.forBadge(course.badge.id())).isEmpty();
    }

    @Test
    void aGradeRemovedAfterIssuanceKeepsTheCredentialAndTheReviewSaysItNoLongerQualifies() {
        awaitCompleted(issuance.issue(course.courseId(), course.badge.id(), List.of("ada"), "teacher", "before-regrade").runId());

        course.fixture.removeResult(course.writing, "ada");
        evaluation.evaluateCourse(course.courseId());

        BadgeReview.Row ada = reviews.review(course.courseId(), course.badge.id()).orElseThrow().rows().stream()
            .filter(row -> row.userId().equals("ada")).findFirst().orElseThrow();
        assertThat(ada.status()).isEqualTo(ReviewStatus.ISSUED_NO_LONGER_QUALIFIES);
        assertThat(ada.status().label()).isEqualTo("Issued, but no longer qualifies (grade changed/removed)");
        String serialized = credentials.findActive(course.badge.achievementKey(), recipient("ada")).orElseThrow().serialized();
        assertThat(verifier.verify(serialized).verified()).isTrue();
    }

    @Test
    void revokingNeedsAReasonSetsTheRevocationBitAndIsAudited() {
        awaitCompleted(issuance.issue(course.courseId(), course.badge.id(), List.of("ada"), "teacher", "to-revoke").runId());

        assertThatThrownBy(() -> revocations.revoke(course.courseId(), course.badge.id(), "ada", " ", false, "teacher"))
            .isInstanceOfSatisfying(BadgeIssuanceException.class, ex -> assertThat(ex.code()).isEqualTo("reason_required"));
        assertThatThrownBy(() -> revocations.revoke(course.courseId(), course.badge.id(), "bob", "plagiarism", false, "teacher"))
            .isInstanceOfSatisfying(BadgeIssuanceException.class, ex -> assertThat(ex.code()).isEqualTo("award_not_found"));
        BadgeAward revoked = revocations.revoke(course.courseId(), course.badge.id(), "ada", "Plagiarised report", false, "teacher");

        assertThat(revoked.revoked()).isTrue();
        assertThat(revoked.revokeReason()).isEqualTo("Plagiarised report");
        var credential = credentials.find(java.util.UUID.fromString(revoked.credentialUuid())).orElseThrow();
        assertThat(credentials.findActive(course.badge.achievementKey(), recipient("ada"))).as("no longer in force").isEmpty();
        assertThat(statuses.status(credential.credentialId()).orElseThrow().revoked()).isTrue();
        assertThat(verifier.verify(credential.serialized()).verified()).isFalse();
        assertThat(audit.recent(course.courseId(), 20)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("revoked");
            assertThat(entry.detail()).contains("ada").contains("Plagiarised report");
        });
        assertThatThrownBy(() -> revocations.revoke(course.courseId(), course.badge.id(), "ada", "again", false, "teacher"))
            .isInstanceOfSatisfying(BadgeIssuanceException.class, ex -> assertThat(ex.code()).isEqualTo("already_revoked"));
        LtiUser ada = new LtiUser(course.fixture.registrationId, course.fixture.deploymentId, course.fixture.contextId, null,
                "ada", null, null, Set.of(LaurelRole.LEARNER), null);
        assertThat(learnerBadges.all(ada, course.courseId())).singleElement()
            .satisfies(badge -> assertThat(badge.state()).isEqualTo(LearnerBadge.State.REVOKED));
    }

    @Test
    void aLearnerWhoseBadgeWasRevokedIsIssuedANewCredentialOnlyWhenSelectedAndTheOldOneStaysRevoked() {
        awaitCompleted(issuance.issue(course.courseId(), course.badge.id(), List.of("ada"), "teacher", "first-award").runId());
        BadgeAward first = revocations.revoke(course.courseId(), course.badge.id(), "ada", "Marked the wrong report", false, "teacher");

        // everyone who qualifies, and automatic issuance, leave a revoked learner out: bob only
        assertThat(issuance.selectable(course.badge.id())).containsExactly("ada", "bob");
        IssuanceRun toAll = awaitCompleted(issuance.issue(course.courseId(), course.badge.id(), null, "teacher", "to-all").runId());
        assertThat(toAll.total()).isEqualTo(1);
        assertThat(runs.items(toAll.id(), IssuanceItem.ISSUED, 10)).extracting(IssuanceItem::userId).containsExactly("bob");
        assertThat(issuance.issueAllQualifying(course.courseId(), List.of(course.badge.id()), "laurel", "auto-after-revoke", true))
            .isEmpty();
        BadgeReview.Row before = row("ada");
        assertThat(before.status()).isEqualTo(ReviewStatus.QUALIFIES_AGAIN);
        assertThat(before.selectable()).isTrue();
        assertThat(before.award().revokeReason()).isEqualTo("Marked the wrong report");

        IssuanceRun again = awaitCompleted(issuance.issue(course.courseId(), course.badge.id(), List.of("ada"), "teacher",
                "issue-again").runId());

        assertThat(again.issued()).isEqualTo(1);
        List<BadgeAward> history = awards.history(course.badge.id(), "ada");
        assertThat(history).hasSize(2);
        assertThat(history.get(0)).satisfies(award -> {
            assertThat(award.credentialUuid()).isEqualTo(first.credentialUuid());
            assertThat(award.revoked()).isTrue();
        });
        BadgeAward second = history.get(1);
        assertThat(second.revoked()).isFalse();
        assertThat(second.credentialUuid()).isNotEqualTo(first.credentialUuid());
        assertThat(awards.active(course.badge.id(), "ada")).contains(second);
        var oldCredential = credentials.find(java.util.UUID.fromString(first.credentialUuid())).orElseThrow();
        var newCredential = credentials.findActive(course.badge.achievementKey(), recipient("ada")).orElseThrow();
        assertThat(IssuanceRunner.uuidOf(newCredential)).isEqualTo(second.credentialUuid());
        assertThat(verifier.verify(oldCredential.serialized()).verified()).as("the revoked credential").isFalse();
        assertThat(verifier.verify(newCredential.serialized()).verified()).as("the new credential").isTrue();
        assertThat(credentials.count(course.badge.achievementKey(), recipient("ada"))).isEqualTo(2);
        BadgeReview.Row after = row("ada");
        assertThat(after.status()).isEqualTo(ReviewStatus.ISSUED);
        assertThat(after.award()).isEqualTo(second);
        assertThat(after.earlierRevocation().credentialUuid()).isEqualTo(first.credentialUuid());
        assertThat(audit.recent(course.courseId(), 50)).extracting(BadgeAudit.Entry::action)
            .contains("revoked", "issued");
        LtiUser ada = new LtiUser(course.fixture.registrationId, course.fixture.deploymentId, course.fixture.contextId, null,
                "ada", null, null, Set.of(LaurelRole.LEARNER), null);
        assertThat(learnerBadges.all(ada, course.courseId())).extracting(LearnerBadge::state)
            .containsExactlyInAnyOrder(LearnerBadge.State.REVOKED, LearnerBadge.State.READY_TO_CLAIM);
        // and the new award can be revoked in turn
        revocations.revoke(course.courseId(), course.badge.id(), "ada", "Second thoughts", false, "teacher");
        assertThat(awards.history(course.badge.id(), "ada")).allSatisfy(award -> assertThat(award.revoked()).isTrue());
        assertThat(row("ada").status()).isEqualTo(ReviewStatus.QUALIFIES_AGAIN);
    }

    @Test
    void twoRunsIssuingARevokedLearnerAgainAtOnceCreateOneActiveCredentialAndOneActiveAward() throws Exception {
        awaitCompleted(issuance.issue(course.courseId(), course.badge.id(), List.of("ada", "bob"), "teacher", "before").runId());
        for (String learner : List.of("ada", "bob")) {
            revocations.revoke(course.courseId(), course.badge.id(), learner, "Regraded", false, "teacher");
        }
        List<ItemKey> items = List.of(new ItemKey(course.badge.id(), "ada"), new ItemKey(course.badge.id(), "bob"));
        long first = runs.create(course.courseId(), "again-1", List.of(course.badge.id()), "teacher", false, items, clock.instant()).runId();
        long second = runs.create(course.courseId(), "again-2", List.of(course.badge.id()), "teacher", false, items, clock.instant()).runId();
        CyclicBarrier start = new CyclicBarrier(2);

        CompletableFuture<Void> one = CompletableFuture.runAsync(() -> awaitThen(start, () -> runner.run(first)));
        CompletableFuture<Void> two = CompletableFuture.runAsync(() -> awaitThen(start, () -> runner.run(second)));
        CompletableFuture.allOf(one, two).get();

        for (String learner : List.of("ada", "bob")) {
            assertThat(credentials.count(course.badge.achievementKey(), recipient(learner))).as(learner).isEqualTo(2);
            assertThat(activeCredentials(learner)).as(learner).isEqualTo(1);
            assertThat(awards.history(course.badge.id(), learner)).as(learner).hasSize(2)
                .filteredOn(award -> !award.revoked()).hasSize(1);
        }
        IssuanceRun a = runs.find(first).orElseThrow();
        IssuanceRun b = runs.find(second).orElseThrow();
        assertThat(a.state()).isEqualTo(IssuanceRunState.COMPLETED);
        assertThat(b.state()).isEqualTo(IssuanceRunState.COMPLETED);
        assertThat(a.issued() + b.issued()).isEqualTo(2);
        assertThat(a.done() + b.done()).isEqualTo(4);
    }

    @Test
    void theDatabaseAdmitsOneAwardInForcePerLearnerAndBadgeAndNoAwardInForceThatIsRevoked() {
        awaitCompleted(issuance.issue(course.courseId(), course.badge.id(), List.of("ada"), "teacher", "db-guard").runId());
        OffsetDateTime now = OffsetDateTime.now(clock);

        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO badge_award (credential_uuid, badge_id, user_id, active, issued_at, issued_by)
                VALUES (?, ?, 'ada', 'Y', ?, 'teacher')""")
            .params(java.util.UUID.randomUUID().toString(), course.badge.id(), now).update())
            .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO badge_award (credential_uuid, badge_id, user_id, active, issued_at, issued_by, revoked_at)
                VALUES (?, ?, 'bob', 'Y', ?, 'teacher', ?)""")
            .params(java.util.UUID.randomUUID().toString(), course.badge.id(), now, now).update())
            .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO badge_award (credential_uuid, badge_id, user_id, active, issued_at, issued_by)
                VALUES (?, ?, 'bob', NULL, ?, 'teacher')""")
            .params(java.util.UUID.randomUUID().toString(), course.badge.id(), now).update())
            .as("an award out of force must be revoked")
            .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        // revoked awards, any number of them, beside the one in force
        for (int i = 0; i < 2; i++) {
            jdbc.sql("""
                    INSERT INTO badge_award (credential_uuid, badge_id, user_id, active, issued_at, issued_by, revoked_at,
                        revoked_by, revoke_reason)
                    VALUES (?, ?, 'ada', NULL, ?, 'teacher', ?, 'teacher', 'history')""")
                .params(java.util.UUID.randomUUID().toString(), course.badge.id(), now.minusDays(10 - i), now.minusDays(5)).update();
        }
        assertThat(awards.history(course.badge.id(), "ada")).hasSize(3);
        assertThat(awards.find(course.badge.id(), "ada")).get().satisfies(award -> assertThat(award.revoked()).isFalse());
    }

    private BadgeReview.Row row(String learner) {
        return reviews.review(course.courseId(), course.badge.id()).orElseThrow().rows().stream()
            .filter(row -> row.userId().equals(learner)).findFirst().orElseThrow();
    }

    private long activeCredentials(String learner) {
        return jdbc.sql("SELECT COUNT(*) FROM issued_credential WHERE achievement_key = ? AND recipient_key = ? AND active = 'Y'")
            .params(course.badge.achievementKey(), recipient(learner)).query(Long.class).single();
    }

    private IssuanceRun awaitCompleted(long runId) {
        await().atMost(WAIT).until(() -> runs.find(runId).orElseThrow().state() == IssuanceRunState.COMPLETED);
        return runs.find(runId).orElseThrow();
    }

    /** Issues the badge's credential to the learner outside any run, as a run does before recording its award. */
    private IssuedCredential issuedDirectly(String learner) {
        return credentialIssuer.issue(achievements.request(course.badge, course.rubric,
                achievements.definition(course.badge, course.rubric),
                new Recipient(recipient(learner), learner + "@students.example", null),
                Map.of("c0", "exemplary", "c1", "exemplary"), clock.instant()));
    }

    private String recipient(String learner) {
        return LearnerRecipients.stableId(course.fixture.registrationId, learner);
    }

    private static void awaitThen(CyclicBarrier barrier, Runnable action) {
        try {
            barrier.await();
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
        action.run();
    }
}
