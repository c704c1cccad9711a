package dev.laurel.tool.credentials.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.credentials.IssuedCredential;
import dev.laurel.tool.credentials.TestAchievements;
import dev.laurel.tool.credentials.baking.BadgeBaker;
import dev.laurel.tool.credentials.document.AchievedResult;
import dev.laurel.tool.credentials.issuing.CredentialIssuer;
import dev.laurel.tool.credentials.issuing.IssueRequest;
import dev.laurel.tool.credentials.proof.ProofFormat;
import dev.laurel.tool.credentials.status.CredentialStatusService;
import dev.laurel.tool.launch.LtiContexts;
import dev.laurel.tool.launch.LtiSessionTokens;
import dev.laurel.tool.launch.LtiSessions;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** "My badges", one badge's page, claiming and downloads over HTTP, with the denial paths and their codes. */
@ToolTest
@DatabaseTest
class LearnerBadgesTests {

    @LocalServerPort
    int port;

    @Autowired
    CredentialIssuer issuer;

    @Autowired
    CredentialStatusService statuses;

    @Autowired
    BadgeBaker baker;

    @Autowired
    LearnerBadges badges;

    @Autowired
    JsonMapper mapper;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LtiContexts contexts;

    @Autowired
    LtiSessions sessions;

    @Autowired
    LtiSessionTokens tokens;

    WalletHttp http;
    TestLearners learners;

    @BeforeEach
    void setUp() {
        http = new WalletHttp(port);
        learners = new TestLearners(contexts, sessions, tokens);
    }

    private IssuedCredential issue(TestLearners.Learner learner, ProofFormat format) {
        return issuer.issue(new IssueRequest(null, TestAchievements.dataAnalysis(TestAchievements.uniqueKey()),
                LearnerRecipients.recipient(learner.user()),
                List.of(new AchievedResult("cleaning", "proficient"), new AchievedResult("visualisation", "expert")),
                List.of(), null, format));
    }

    private static String uuid(IssuedCredential credential) {
        return credential.credentialId().substring(credential.credentialId().lastIndexOf('/') + 1);
    }

    private static String badgePath(TestLearners.Learner learner, IssuedCredential credential) {
        return "/course/" + learner.courseId() + "/badges/" + uuid(credential);
    }

    @Test
    void showsAFriendlySentenceWhenTheLearnerHasNoBadges() {
        TestLearners.Learner learner = learners.launch("course-empty");

        HttpResponse<String> page = http.get("/course/" + learner.courseId() + "/badges", learner.token());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-wallet=\"empty\"").contains("No badges yet");
    }

    @Test
    void listsAnIssuedBadgeAsReadyToClaimAndNewWithNameIssuerAndDate() {
        TestLearners.Learner learner = learners.launch("course-list");
        IssuedCredential credential = issue(learner, ProofFormat.VC_JWT_RS256);

        String page = http.get("/course/" + learner.courseId() + "/badges", learner.token()).body();

        assertThat(page).contains("data-wallet-group=\"ready\"").contains("data-badge=\"" + uuid(credential) + "\"")
            .contains("Data Analysis Fundamentals").contains("data-new=\"true\"").contains("issued ")
            .contains("https://laurel.example/images/data-analysis.png");
        assertThat(page).doesNotContain("data-wallet-group=\"claimed\"");
    }

    @Test
    void listsABadgeOnlyInTheCourseItWasEarnedInWhereThatIsRecorded() {
        TestLearners.Learner inStatistics = learners.launch("course-statistics");
        TestLearners.Learner inHistory = learners.launch("course-history", inStatistics.user().userId());
        IssuedCredential earnedInStatistics = issue(inStatistics, ProofFormat.VC_JWT_RS256);
        IssuedCredential unplaced = issue(inStatistics, ProofFormat.VC_JWT_RS256);
        badges.recordCourse(earnedInStatistics, inStatistics.courseId());
        badges.recordCourse(earnedInStatistics, inHistory.courseId());

        String statistics = http.get("/course/" + inStatistics.courseId() + "/badges", inStatistics.token()).body();
        String history = http.get("/course/" + inHistory.courseId() + "/badges", inHistory.token()).body();

        assertThat(statistics).contains(uuid(earnedInStatistics)).contains(uuid(unplaced));
        assertThat(history).doesNotContain(uuid(earnedInStatistics)).contains(uuid(unplaced));
    }

    @Test
    void claimingIsIdempotentAuditedAndMovesTheBadgeToClaimed() {
        TestLearners.Learner learner = learners.launch("course-claim");
        IssuedCredential credential = issue(learner, ProofFormat.VC_JWT_RS256);

        HttpResponse<String> first = http.post(badgePath(learner, credential) + "/claim", learner.token());
        HttpResponse<String> second = http.post(badgePath(learner, credential) + "/claim", learner.token());

        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(first.headers().firstValue("Location").orElseThrow()).contains("claimed=1").contains("lti_session=");
        assertThat(second.statusCode()).isEqualTo(303);
        List<String> claimants = jdbc.sql("SELECT claimed_by FROM learner_badge_claim WHERE credential_uuid = :uuid")
            .param("uuid", uuid(credential)).query(String.class).list();
        assertThat(claimants).containsExactly(learner.user().userId());
        String list = http.get("/course/" + learner.courseId() + "/badges", learner.token()).body();
        assertThat(list).contains("data-wallet-group=\"claimed\"").doesNotContain("data-wallet-group=\"ready\"");
        String badge = http.get(badgePath(learner, credential), learner.token()).body();
        assertThat(badge).contains("Claimed on").doesNotContain("data-action=\"claim\"");
    }

    @Test
    void badgePageShowsCriteriaRubricLevelsSkillsAndShareLinksAndMarksItSeen() {
        TestLearners.Learner learner = learners.launch("course-page");
        IssuedCredential credential = issue(learner, ProofFormat.VC_JWT_RS256);

        String page = http.get(badgePath(learner, credential), learner.token()).body();

        assertThat(page).contains("Cleans, explores and visualises tabular data.")
            .contains("Reach Proficient or better on both rubric criteria")
            .contains("Data cleaning").contains("Proficient").contains("Visualisation").contains("Expert")
            .contains("Teaches others").contains("analyse data").contains("EQF level 5")
            .contains("data-action=\"claim\"").contains("data-download=\"jwt\"").contains("data-download=\"png\"")
            .contains("data-download=\"svg\"").doesNotContain("data-download=\"json\"")
            .contains("value=\"" + credential.credentialId() + "\"")
            .contains("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&amp;name=Data%20Analysis%20Fundamentals")
            .contains("organizationName=").contains("issueYear=").contains("issueMonth=").contains("certUrl=")
            .contains("certId=" + java.net.URLEncoder.encode(credential.credentialId(), StandardCharsets.UTF_8));
        String list = http.get("/course/" + learner.courseId() + "/badges", learner.token()).body();
        assertThat(list).doesNotContain("data-new=\"true\"");
        HttpResponse<String> publicPage = http.get("/verify?url="
                + java.net.URLEncoder.encode(credential.credentialId(), StandardCharsets.UTF_8), null);
        assertThat(publicPage.body()).contains("id=\"verdict-ok\"");
        HttpResponse<String> image = http.get(badgePath(learner, credential) + "/image.svg", learner.token());
        assertThat(image.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
        assertThat(image.body()).startsWith("<svg").contains("Data Analysis");
        assertThat(page).contains("data-fallback=\"/course/" + learner.courseId() + "/badges/" + uuid(credential) + "/image.svg");
    }

    @Test
    void downloadsTheWholeSignedCredentialAsJwtPngAndSvgThatVerify() throws Exception {
        TestLearners.Learner learner = learners.launch("course-download");
        IssuedCredential credential = issue(learner, ProofFormat.VC_JWT_RS256);

        HttpResponse<byte[]> jwt = http.bytes(badgePath(learner, credential) + "/download/jwt", learner.token());
        assertThat(jwt.statusCode()).isEqualTo(200);
        assertThat(jwt.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/vc+jwt");
        assertThat(jwt.headers().firstValue("Content-Disposition").orElseThrow())
            .startsWith("attachment").contains("data-analysis-fundamentals-" + uuid(credential).substring(0, 8) + ".jwt");
        String downloaded = new String(jwt.body(), StandardCharsets.UTF_8);
        assertThat(downloaded).isEqualTo(credential.serialized());
        assertVerified(downloaded);

        HttpResponse<byte[]> png = http.bytes(badgePath(learner, credential) + "/download/png", learner.token());
        assertThat(png.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/png");
        assertThat(png.headers().firstValue("Content-Disposition").orElseThrow()).contains(".png");
        assertVerified(baker.unbakePng(png.body()));

        HttpResponse<byte[]> svg = http.bytes(badgePath(learner, credential) + "/download/svg", learner.token());
        assertThat(svg.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
        assertVerified(baker.unbakeSvg(new String(svg.body(), StandardCharsets.UTF_8)));

        HttpResponse<String> json = http.get(badgePath(learner, credential) + "/download/json", learner.token());
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.body()).contains("download_format_unavailable");
        HttpResponse<String> unknown = http.get(badgePath(learner, credential) + "/download/pdf", learner.token());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("download_format_unknown");
    }

    @Test
    void downloadsADataIntegrityCredentialAsJsonThatVerifies() throws Exception {
        TestLearners.Learner learner = learners.launch("course-json");
        IssuedCredential credential = issue(learner, ProofFormat.EDDSA_RDFC_2022);

        HttpResponse<byte[]> json = http.bytes(badgePath(learner, credential) + "/download/json", learner.token());

        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/vc+ld+json");
        assertThat(json.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment").contains(".json");
        assertVerified(new String(json.body(), StandardCharsets.UTF_8));
        assertThat(http.get(badgePath(learner, credential) + "/download/jwt", learner.token()).body())
            .contains("download_format_unavailable");
    }

    @Test
    void anotherLearnersCredentialIsNotFoundForPageClaimDownloadAndImage() {
        TestLearners.Learner owner = learners.launch("course-shared");
        TestLearners.Learner other = learners.launch("course-shared");
        IssuedCredential credential = issue(owner, ProofFormat.VC_JWT_RS256);
        String path = "/course/" + other.courseId() + "/badges/" + uuid(credential);

        for (HttpResponse<String> response : List.of(http.get(path, other.token()), http.post(path + "/claim", other.token()),
                http.get(path + "/download/jwt", other.token()), http.get(path + "/image.svg", other.token()))) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).contains("credential_not_found").doesNotContain(credential.serialized());
        }
        assertThat(http.get("/course/" + other.courseId() + "/badges", other.token()).body()).contains("No badges yet");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM learner_badge_claim WHERE credential_uuid = :uuid")
            .param("uuid", uuid(credential)).query(Integer.class).single()).isZero();
        HttpResponse<String> malformed = http.get("/course/" + other.courseId() + "/badges/not-a-uuid", other.token());
        assertThat(malformed.statusCode()).isEqualTo(404);
        assertThat(malformed.body()).contains("credential_not_found");
    }

    @Test
    void anotherCoursesBadgeUrlIsForbiddenAndNoSessionIsUnauthorized() {
        TestLearners.Learner learner = learners.launch("course-a");
        TestLearners.Learner elsewhere = learners.launch("course-b");
        IssuedCredential credential = issue(learner, ProofFormat.VC_JWT_RS256);

        HttpResponse<String> otherCourse = http.get("/course/" + elsewhere.courseId() + "/badges/" + uuid(credential),
                learner.token());
        assertThat(otherCourse.statusCode()).isEqualTo(403);
        assertThat(otherCourse.body()).contains("other_course");
        HttpResponse<String> anonymous = http.get(badgePath(learner, credential) + "/download/jwt", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("session_missing");
    }

    @Test
    void revokedAndSuspendedBadgesAreGroupedApartAndCannotBeClaimed() {
        TestLearners.Learner learner = learners.launch("course-status");
        IssuedCredential revoked = issue(learner, ProofFormat.VC_JWT_RS256);
        IssuedCredential suspended = issue(learner, ProofFormat.VC_JWT_RS256);
        statuses.revoke(revoked.credentialId(), "Awarded by mistake", true, "account:1");
        statuses.suspend(suspended.credentialId(), "Under review", true, "account:1");

        String list = http.get("/course/" + learner.courseId() + "/badges", learner.token()).body();
        assertThat(list).contains("data-wallet-group=\"withdrawn\"").contains("data-state=\"REVOKED\"")
            .contains("data-state=\"SUSPENDED\"").doesNotContain("data-wallet-group=\"ready\"");
        HttpResponse<String> claim = http.post(badgePath(learner, revoked) + "/claim", learner.token());
        assertThat(claim.statusCode()).isEqualTo(409);
        assertThat(claim.body()).contains("credential_not_claimable");
    }

    private void assertVerified(String credential) {
        JsonNode verdict = mapper.readTree(http.verify(credential).body());
        assertThat(verdict.path("verified").asBoolean()).as(verdict.toString()).isTrue();
    }
}
