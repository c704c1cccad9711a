package dev.laurel.tool.badges.web;

import static dev.laurel.tool.badges.web.InstructorHttp.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.badges.SyncedCourseFixture;
import dev.laurel.tool.badges.TestImages;
import dev.laurel.tool.badges.badge.Badge;
import dev.laurel.tool.badges.badge.BadgeImage;
import dev.laurel.tool.badges.badge.BadgeImageCheck;
import dev.laurel.tool.badges.badge.BadgeImages;
import dev.laurel.tool.badges.badge.Badges;
import dev.laurel.tool.badges.badge.EuDetails;
import dev.laurel.tool.badges.badge.IssuanceMode;
import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.Rubrics;
import dev.laurel.tool.badges.rubric.SkillRef;
import dev.laurel.tool.badges.rules.AwardRule;
import dev.laurel.tool.launch.LtiSessionTokens;
import dev.laurel.tool.launch.LtiSessions;
import dev.laurel.tool.launch.PlatformServiceClaims;
import dev.laurel.tool.lti.LaurelRole;
import dev.laurel.tool.skills.SkillSearch;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The badge editor over HTTP: every field stored and shown again, each refusal with its code and the input kept. */
@ToolTest
@DatabaseTest
class BadgeEditorTests {

    private static final String PYTHON = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LtiSessions sessions;

    @Autowired
    LtiSessionTokens tokens;

    @Autowired
    Rubrics rubrics;

    @Autowired
    Badges badges;

    @Autowired
    BadgeImages images;

    @Autowired
    SkillSearch skills;

    private SyncedCourseFixture course;
    private InstructorHttp instructor;
    private String quiz;
    private String essay;
    private Rubric rubric;
    private String base;

    @BeforeEach
    void course() {
        course = SyncedCourseFixture.create(jdbc, 7);
        quiz = course.lineItem("Quiz 1", 10);
        essay = course.lineItem("Essay", 20);
        rubric = rubrics.create(course.rubric("Report rubric", List.of(quiz, essay)));
        instructor = new InstructorHttp(port, new TestInstructors(sessions, tokens).instructor(course));
        base = "/course/" + course.courseId + "/instructor/badges";
    }

    private String token() {
        return InstructorHttp.formToken(instructor.get(base + "/new"));
    }

    /** Every field of the form, a MicroCredential with all EU elements. */
    private List<InstructorHttp.Field> everyField(String token, String name) {
        return new ArrayList<>(fields("lti_session", token, "action", "save", "name", name,
                "description", "Analyses data and reports on it", "criteriaNarrative", "Reached Proficient on two criteria",
                "achievementType", "MicroCredential", "rubricId", rubric.id(),
                "rule.combination", "atLeast", "rule.count", "2",
                "rule.criteria[0].criterionKey", "c0", "rule.criteria[0].levelKey", "proficient",
                "rule.criteria[1].criterionKey", "c1", "rule.criteria[1].levelKey", "exemplary",
                "rule.minTotal", "4", "rule.columns[0].url", quiz, "rule.columns[0].percent", "60",
                "rule.columns[1].url", "", "rule.columns[1].percent", "",
                "issuanceMode", "AUTO", "validityDays", "365",
                "eu.ectsCredits", "2.5", "eu.hours", "60", "eu.eqfLevel", "5", "eu.assessmentType", "project",
                "eu.assessmentDescription", "A data report", "eu.participationMode", "blended",
                "eu.qualityAssuranceType", "internal", "eu.qualityAssuranceDescription", "Reviewed by the faculty board",
                "eu.qualityAssuranceUrl", "https://university.example/qa", "eu.prerequisites", "Statistics 1",
                "eu.supervision", "supervised-onsite-id-check", "eu.stacking", "stackable",
                "skills", PYTHON, "design.color", "#aa3300", "design.icon", "shield"));
    }

    @Test
    void badgeWithEveryFieldAndAnUploadedPngRoundTrips() {
        assertThat(skills.awaitReady(Duration.ofMinutes(3))).as("skills index").isTrue();
        byte[] png = TestImages.png(128, 128);

        HttpResponse<String> created = instructor.multipart(base, everyField(token(), "Data analyst"),
                List.of(new InstructorHttp.Upload("image", "badge.png", "image/png", png)));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        Badge badge = badges.list(course.courseId).get(0);
        assertThat(InstructorHttp.location(created)).isEqualTo(base + "/" + badge.id() + "?notice=created");
        assertThat(badge.achievementKey()).startsWith("b-");
        assertThat(badge.name()).isEqualTo("Data analyst");
        assertThat(badge.description()).isEqualTo("Analyses data and reports on it");
        assertThat(badge.criteriaNarrative()).isEqualTo("Reached Proficient on two criteria");
        assertThat(badge.achievementType()).isEqualTo("MicroCredential");
        assertThat(badge.rubricId()).isEqualTo(rubric.id());
        assertThat(badge.rule()).isEqualTo(new AwardRule.AtLeast(2, List.of(new AwardRule.CriterionAtLeast("c0", "proficient"),
                new AwardRule.CriterionAtLeast("c1", "exemplary"), new AwardRule.TotalAtLeast(4),
                new AwardRule.LineItemAtLeast(quiz, "Quiz 1", 60))));
        assertThat(badge.issuanceMode()).isEqualTo(IssuanceMode.AUTO);
        assertThat(badge.validityDays()).isEqualTo(365);
        assertThat(badge.eu()).isEqualTo(new EuDetails(2.5, 60.0, 5, "project", "A data report", "blended", "internal",
                "Reviewed by the faculty board", "https://university.example/qa", "Statistics 1",
                "supervised-onsite-id-check", "stackable"));
        assertThat(badge.skills()).extracting(SkillRef::uri, SkillRef::framework).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PYTHON, "ESCO"));
        assertThat(badge.design().color()).isEqualTo("#aa3300");
        assertThat(badge.design().icon()).isEqualTo("shield");
        assertThat(badge.design().imageMediaType()).isEqualTo(BadgeImage.PNG);
        assertThat(images.find(badge.id()).orElseThrow().content()).isEqualTo(png);

        String page = instructor.get(base + "/" + badge.id() + "?notice=created").body();
        assertThat(page).contains("Badge created.").contains("value=\"Data analyst\"")
            .contains("Reached Proficient on two criteria").contains("value=\"365\"").contains("value=\"2.5\"")
            .contains("value=\"https://university.example/qa\"").contains("value=\"#aa3300\"")
            .contains("Python (computer programming)").contains("At least 2 of:").contains("Quiz 1 at least 60 %")
            .contains("Rubric total at least 4 of 6");
        assertThat(page).containsPattern("<option value=\"proficient\"\\s+selected=\"selected\">Proficient</option>")
            .containsPattern("value=\"AUTO\"\\s+checked=\"checked\"");

        HttpResponse<String> saved = instructor.multipart(base + "/" + badge.id(),
                everyField(InstructorHttp.formToken(instructor.get(base + "/" + badge.id())), "Data analyst II"), List.of());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        Badge updated = badges.find(course.courseId, badge.id()).orElseThrow();
        assertThat(updated.name()).isEqualTo("Data analyst II");
        assertThat(updated.achievementKey()).isEqualTo(badge.achievementKey());
        assertThat(updated.design().imageMediaType()).as("the uploaded image is kept").isEqualTo(BadgeImage.PNG);
    }

    @Test
    void microCredentialWithoutTheMandatoryEuElementsIsRefusedAndNothingIsStored() {
        List<InstructorHttp.Field> fields = everyField(token(), "Micro without details");
        fields.removeIf(field -> field.name().startsWith("eu.") || field.name().equals("skills"));
        fields.add(InstructorHttp.field("eu.hours", "30"));

        HttpResponse<String> refused = instructor.multipart(base, fields, List.of());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("data-code=\"eu_mandatory_missing\"").contains("type of assessment")
            .contains("form of participation").contains("type of quality assurance")
            .doesNotContain("notional workload (ECTS credits or hours)</li>")
            .contains("value=\"Micro without details\"").contains("value=\"30\"");
        assertThat(badges.list(course.courseId)).isEmpty();
    }

    @Test
    void imagesThatAreTooLargeNotImagesOrScriptedSvgAreRefusedWithTheirCodes() {
        List<InstructorHttp.Field> fields = everyField(token(), "Pictured");
        fields.removeIf(field -> field.name().equals("skills"));

        HttpResponse<String> tooLarge = instructor.multipart(base, fields, List.of(new InstructorHttp.Upload("image",
                "huge.png", "image/png", TestImages.pngSignatureThenNoise(BadgeImageCheck.MAX_BYTES + 10_000))));
        HttpResponse<String> notAnImage = instructor.multipart(base, fields, List.of(new InstructorHttp.Upload("image",
                "badge.png", "image/png", TestImages.utf8("MZ this is an executable, not a picture"))));
        HttpResponse<String> scripted = instructor.multipart(base, fields, List.of(new InstructorHttp.Upload("image",
                "badge.svg", "image/svg+xml", TestImages.utf8(TestImages.SVG_WITH_SCRIPT))));

        assertThat(tooLarge.statusCode()).isEqualTo(422);
        assertThat(tooLarge.body()).contains("data-code=\"image_too_large\"").contains("value=\"Pictured\"");
        assertThat(notAnImage.statusCode()).isEqualTo(422);
        assertThat(notAnImage.body()).contains("data-code=\"image_not_png_or_svg\"");
        assertThat(scripted.statusCode()).isEqualTo(422);
        assertThat(scripted.body()).contains("data-code=\"svg_script_forbidden\"").doesNotContain("alert(document.cookie)");
        assertThat(badges.list(course.courseId)).isEmpty();
    }

    @Test
    void anImageOverLaurelsLimitButUnderTheUploadLimitIsRefusedWithItsSizeAndTheFormKept() {
        List<InstructorHttp.Field> fields = everyField(token(), "Large picture");
        fields.removeIf(field -> field.name().equals("skills"));
        // above Laurel's 512 KB, and above the 1 MB that Spring's default multipart limit refused with a bare 413
        byte[] photo = TestImages.pngSignatureThenNoise(1_500_000);

        HttpResponse<String> refused = instructor.multipart(base, fields,
                List.of(new InstructorHttp.Upload("image", "photo.png", "image/png", photo)));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("data-code=\"image_too_large\"").contains("The image is 1465 KB")
            .contains("at most 512 KB").contains("value=\"Large picture\"").contains("A data report")
            .contains("value=\"https://university.example/qa\"").contains("value=\"#aa3300\"");
        assertThat(badges.list(course.courseId)).isEmpty();
    }

    @Test
    void anUploadOverTheContainersLimitGetsAReadablePageWithTheLimitsAndALinkBackToTheEditor() {
        List<InstructorHttp.Field> fields = everyField(token(), "Huge picture");
        fields.removeIf(field -> field.name().equals("skills"));
        String editor = base + "/new?rubric=" + rubric.id();
        List<InstructorHttp.Upload> huge = List.of(new InstructorHttp.Upload("image", "huge.png", "image/png",
                TestImages.pngSignatureThenNoise(3_500_000)));
        List<InstructorHttp.Upload> fileOverLimit = List.of(new InstructorHttp.Upload("image", "big.png", "image/png",
                TestImages.pngSignatureThenNoise(2_500_000)));

        HttpResponse<String> refused = instructor.multipart(base, fields, huge, Map.of("Referer", instructor.url(editor)));
        HttpResponse<String> refusedFile = instructor.multipart(base, fields, fileOverLimit, Map.of("Referer", instructor.url(editor)));
        HttpResponse<String> withoutReferer = instructor.multipart(base, fields, huge);
        HttpResponse<String> foreignReferer = instructor.multipart(base, fields, huge,
                Map.of("Referer", "https://phishing.example" + editor));

        for (HttpResponse<String> page : List.of(refused, refusedFile, withoutReferer, foreignReferer)) {
            assertThat(page.statusCode()).isEqualTo(413);
            assertThat(page.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
            assertThat(page.body()).contains("data-page=\"upload-too-large\"").contains("data-error-code>upload_too_large<")
                .contains("nothing was saved").contains("files of at most 2 MB (and 3 MB for a whole form)")
                .contains("Badge images may be at most 512 KB").doesNotContain("Exception").doesNotContain("at dev.laurel");
        }
        assertThat(refused.body()).contains("href=\"" + editor.replace("&", "&amp;") + "\"");
        assertThat(refusedFile.body()).contains("href=\"" + editor.replace("&", "&amp;") + "\"");
        assertThat(withoutReferer.body()).contains("data-link=\"back\" href=\"" + base + "\"");
        assertThat(foreignReferer.body()).contains("data-link=\"back\" href=\"" + base + "\"").doesNotContain("phishing");
        assertThat(badges.list(course.courseId)).isEmpty();
    }

    @Test
    void inACookielessSessionTheEditorsTokenTravelsInTheFormsAddressTooSoSavingAndTheTooLargePageBothWork() {
        TestInstructors.Launched teacher = new TestInstructors(sessions, tokens).launch(course.registrationId,
                course.deploymentId, course.contextId, "teacher-without-cookies", LaurelRole.INSTRUCTOR, true,
                PlatformServiceClaims.none());
        InstructorHttp cookieless = new InstructorHttp(port, teacher);
        String page = cookieless.get(base + "/new").body();
        java.util.regex.Matcher form = java.util.regex.Pattern.compile("<form[^>]*action=\"([^\"]+)\"[^>]*data-form=\"badge\"")
            .matcher(page);
        assertThat(form.find()).isTrue();
        String action = EditorForm.unescape(form.group(1));
        assertThat(action).startsWith(base + "?lti_session=");
        List<InstructorHttp.Field> sent = new ArrayList<>(EditorForm.fields(page, "data-form=\"badge\""));
        assertThat(sent).extracting(InstructorHttp.Field::name).as("the form's own token too").contains("lti_session");
        sent.replaceAll(field -> field.name().equals("name") ? InstructorHttp.field("name", "Without cookies") : field);
        sent.add(InstructorHttp.field("action", "save"));

        HttpResponse<String> tooLarge = cookieless.multipart(action, sent, List.of(new InstructorHttp.Upload("image",
                "huge.png", "image/png", TestImages.pngSignatureThenNoise(3_500_000))));
        HttpResponse<String> saved = cookieless.multipart(action, sent, List.of());

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("upload_too_large").containsPattern("data-link=\"back\" href=\"" + base
                + "\\?lti_session=[^\"]+\"");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        assertThat(InstructorHttp.location(saved)).contains("lti_session=");
        assertThat(badges.list(course.courseId)).extracting(Badge::name).containsExactly("Without cookies");
        // several tokens in one form: one of them must be this session's
        HttpResponse<String> foreign = instructor.multipart(base, fields("lti_session", "forged", "lti_session",
                teacher.token(), "name", "Forged twice", "rubricId", rubric.id(), "action", "save"), List.of());
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains(InstructorPages.FORM_TOKEN_INVALID);
        assertThat(badges.list(course.courseId)).extracting(Badge::name).containsExactly("Without cookies");
    }

    @Test
    void htmlInNamesIsEscapedOnEveryPage() {
        String evil = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        Rubric htmlRubric = rubrics.create(new Rubric(0, course.courseId, evil, evil, List.of(
                new dev.laurel.tool.badges.rubric.RubricCriterion("c", evil, evil, quiz, SyncedCourseFixture.LEVELS, List.of()))));
        Badge badge = badges.create(new Badge(0, course.courseId, "pending", evil, evil, evil, "Badge", htmlRubric.id(),
                new AwardRule.AllOf(List.of(new AwardRule.CriterionAtLeast("c", "proficient"))), List.of(), null, null,
                IssuanceMode.MANUAL, null, false, null, null));

        for (String path : List.of(base, base + "/" + badge.id(), base + "/rubrics/" + htmlRubric.id(), base + "/new")) {
            String body = instructor.get(path).body();
            assertThat(body).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        }
    }

    @Test
    void ruleConditionsOnDeletedCriteriaLevelsAndColumnsAreWarnedOnTheBadgePageAndTheHub() {
        Badge badge = badges.create(new Badge(0, course.courseId, "pending", "Stale rule", "", "", "Badge", rubric.id(),
                new AwardRule.AllOf(List.of(new AwardRule.CriterionAtLeast("deleted-criterion", "proficient"),
                        new AwardRule.CriterionAtLeast("c0", "deleted-level"),
                        new AwardRule.LineItemAtLeast("https://lms.example/lineitems/deleted", "Old quiz", 50))),
                List.of(), null, null, IssuanceMode.MANUAL, null, false, null, null));

        String page = instructor.get(base + "/" + badge.id()).body();
        String hub = instructor.get(base).body();
        String rubricPage = instructor.get(base + "/rubrics/" + rubric.id()).body();

        for (String body : List.of(page, hub, rubricPage)) {
            assertThat(body).contains("data-code=\"criterion_missing\"").contains("data-code=\"level_missing\"")
                .contains("data-code=\"line_item_missing\"");
        }
        assertThat(page).contains("A deleted criterion at least a deleted level").contains("Old quiz (no longer in the course)");
    }

    @Test
    void aRuleTheFormCannotShowIsKeptUnlessReplaced() {
        // groups four levels below the rule's own: one more than the form shows
        AwardRule tooDeep = new AwardRule.AllOf(List.of(new AwardRule.AllOf(List.of(new AwardRule.AllOf(List.of(
                new AwardRule.AllOf(List.of(new AwardRule.AnyOf(List.of(new AwardRule.CriterionAtLeast("c0", "exemplary"),
                        new AwardRule.TotalAtLeast(6)))))))))));
        Badge badge = badges.create(new Badge(0, course.courseId, "pending", "Nested", "", "", "Badge", rubric.id(), tooDeep,
                List.of(), null, null, IssuanceMode.MANUAL, null, false, null, null));
        HttpResponse<String> page = instructor.get(base + "/" + badge.id());
        assertThat(page.body()).contains("data-rule-kept").contains("Any of:");
        List<InstructorHttp.Field> fields = fields("lti_session", InstructorHttp.formToken(page), "name", "Nested, renamed",
                "rubricId", rubric.id(), "rule.criteria[0].criterionKey", "c0", "rule.criteria[0].levelKey", "beginning");

        instructor.multipart(base + "/" + badge.id(), fields, List.of());
        assertThat(badges.find(course.courseId, badge.id()).orElseThrow().rule()).isEqualTo(tooDeep);

        List<InstructorHttp.Field> replacing = new ArrayList<>(fields);
        replacing.add(InstructorHttp.field("rule.replace", "true"));
        replacing.set(0, InstructorHttp.field("lti_session", InstructorHttp.formToken(instructor.get(base + "/" + badge.id()))));
        instructor.multipart(base + "/" + badge.id(), replacing, List.of());
        assertThat(badges.find(course.courseId, badge.id()).orElseThrow().rule())
            .isEqualTo(new AwardRule.AllOf(List.of(new AwardRule.CriterionAtLeast("c0", "beginning"))));
    }

    @Test
    void aRuleWithGroupsTwoLevelsDeepIsShownInTheFormAndRoundTripsThroughSaveAndLoad() {
        // in the form's order: each group's criteria (rubric order), total, columns, then its groups
        AwardRule nested = new AwardRule.AnyOf(List.of(new AwardRule.TotalAtLeast(6),
                new AwardRule.AllOf(List.of(new AwardRule.CriterionAtLeast("c0", "exemplary"),
                        new AwardRule.AtLeast(1, List.of(new AwardRule.CriterionAtLeast("c1", "proficient"),
                                new AwardRule.LineItemAtLeast(quiz, "Quiz 1", 80)))))));
        Badge badge = badges.create(new Badge(0, course.courseId, "pending", "Grouped", "", "", "Badge", rubric.id(), nested,
                List.of(), null, null, IssuanceMode.MANUAL, null, false, null, null));

        String page = instructor.get(base + "/" + badge.id()).body();

        assertThat(page).doesNotContain("data-rule-kept").contains("data-rule-group=\"1\"").contains("data-rule-group=\"1.1\"")
            .contains("name=\"rule.groups[0].groups[0].count\"").contains("value=\"add-group:1.1\"")
            .contains("value=\"remove-group:1.1\"");
        List<InstructorHttp.Field> sent = EditorForm.fields(page, "data-form=\"badge\"");
        assertThat(sent).contains(InstructorHttp.field("rule.combination", "any"), InstructorHttp.field("rule.minTotal", "6"),
                InstructorHttp.field("rule.groups[0].combination", "all"),
                InstructorHttp.field("rule.groups[0].criteria[0].levelKey", "exemplary"),
                InstructorHttp.field("rule.groups[0].groups[0].combination", "atLeast"),
                InstructorHttp.field("rule.groups[0].groups[0].count", "1"),
                InstructorHttp.field("rule.groups[0].groups[0].criteria[1].levelKey", "proficient"),
                InstructorHttp.field("rule.groups[0].groups[0].columns[0].url", quiz),
                InstructorHttp.field("rule.groups[0].groups[0].columns[0].percent", "80"));
        assertThat(sent.size()).as("more parts than Tomcat's default limit of 50").isGreaterThan(50);
        sent.add(InstructorHttp.field("action", "save"));

        HttpResponse<String> saved = instructor.multipart(base + "/" + badge.id(), sent, List.of());

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        assertThat(badges.find(course.courseId, badge.id()).orElseThrow().rule()).isEqualTo(nested);
        assertThat(instructor.get(base + "/" + badge.id()).body()).contains("Any of:").contains("At least 1 of:")
            .contains("Quiz 1 at least 80 %");
    }

    @Test
    void groupButtonsAddAndRemoveGroupsTwoLevelsDeepAndSaveNothing() {
        List<InstructorHttp.Field> rule = fields("lti_session", token(), "name", "Grouping", "rubricId", rubric.id(),
                "rule.criteria[0].criterionKey", "c0", "rule.criteria[0].levelKey", "proficient");

        String one = press(rule, "add-group");
        assertThat(one).contains("data-rule-group=\"1\"").doesNotContain("data-rule-group=\"2\"")
            .contains("value=\"Grouping\"");
        String two = press(EditorForm.fields(one, "data-form=\"badge\""), "add-group:1");
        assertThat(two).contains("data-rule-group=\"1.1\"").contains("name=\"rule.groups[0].groups[0].criteria[1].levelKey\"");
        String three = press(EditorForm.fields(two, "data-form=\"badge\""), "add-group:1.1");
        assertThat(three).contains("data-rule-group=\"1.1.1\"").doesNotContain("value=\"add-group:1.1.1\"");
        String forged = press(EditorForm.fields(three, "data-form=\"badge\""), "add-group:1.1.1");
        assertThat(forged).contains("data-rule-group=\"1.1.1\"").doesNotContain("data-rule-group=\"1.1.1.1\"");
        String removed = press(EditorForm.fields(three, "data-form=\"badge\""), "remove-group:1.1");
        assertThat(removed).contains("data-rule-group=\"1\"").doesNotContain("data-rule-group=\"1.1\"")
            .contains("value=\"Grouping\"");
        String unknown = press(EditorForm.fields(removed, "data-form=\"badge\""), "remove-group:7");
        assertThat(unknown).contains("data-rule-group=\"1\"");

        assertThat(badges.list(course.courseId)).isEmpty();
    }

    /** Sends the editor's form with a group button pressed; answers the page that comes back (200, nothing saved). */
    private String press(List<InstructorHttp.Field> fields, String action) {
        List<InstructorHttp.Field> sent = new ArrayList<>(fields);
        sent.removeIf(field -> field.name().equals("action") || field.name().equals("lti_session"));
        sent.add(InstructorHttp.field("lti_session", token()));
        sent.add(InstructorHttp.field("action", action));
        HttpResponse<String> page = instructor.multipart(base, sent, List.of());
        assertThat(page.statusCode()).as(action + ": " + page.body()).isEqualTo(200);
        return page.body();
    }

    @Test
    void emptyGroupsImpossibleCountsInGroupsAndGroupsTooDeepAreRefusedNamingTheGroupWithTheFormKept() {
        List<InstructorHttp.Field> empty = fields("lti_session", token(), "name", "Empty group", "rubricId", rubric.id(),
                "rule.criteria[0].criterionKey", "c0", "rule.criteria[0].levelKey", "proficient",
                "rule.groups[0].combination", "any", "rule.groups[0].criteria[0].criterionKey", "c0",
                "rule.groups[0].criteria[0].levelKey", "");
        List<InstructorHttp.Field> impossible = fields("lti_session", token(), "name", "Impossible group", "rubricId", rubric.id(),
                "rule.groups[0].combination", "atLeast", "rule.groups[0].count", "3",
                "rule.groups[0].criteria[0].criterionKey", "c0", "rule.groups[0].criteria[0].levelKey", "proficient",
                "rule.groups[0].criteria[1].criterionKey", "c1", "rule.groups[0].criteria[1].levelKey", "exemplary");
        List<InstructorHttp.Field> tooDeep = fields("lti_session", token(), "name", "Too deep", "rubricId", rubric.id(),
                "rule.groups[0].groups[0].groups[0].groups[0].criteria[0].criterionKey", "c0",
                "rule.groups[0].groups[0].groups[0].groups[0].criteria[0].levelKey", "proficient");

        HttpResponse<String> refusedEmpty = instructor.multipart(base, empty, List.of());
        HttpResponse<String> refusedImpossible = instructor.multipart(base, impossible, List.of());
        HttpResponse<String> refusedTooDeep = instructor.multipart(base, tooDeep, List.of());

        assertThat(refusedEmpty.statusCode()).isEqualTo(422);
        assertThat(refusedEmpty.body()).contains("data-code=\"rule_group_empty\"").contains("Group 1 has no condition")
            .contains("value=\"Empty group\"").contains("data-rule-group=\"1\"");
        assertThat(refusedImpossible.statusCode()).isEqualTo(422);
        assertThat(refusedImpossible.body()).contains("data-code=\"rule_count_invalid\"").contains("in group 1 needs")
            .contains("(2)").containsPattern("name=\"rule.groups\\[0]\\.count\"\\s+value=\"3\"");
        assertThat(refusedTooDeep.statusCode()).isEqualTo(422);
        assertThat(refusedTooDeep.body()).contains("data-code=\"rule_too_deep\"").contains("group 1.1.1.1");
        assertThat(badges.list(course.courseId)).isEmpty();
    }

    @Test
    void aRuleWithoutConditionsOrWithAnImpossibleCountIsRefused() {
        List<InstructorHttp.Field> empty = fields("lti_session", token(), "name", "Everyone", "rubricId", rubric.id(),
                "rule.criteria[0].criterionKey", "c0", "rule.criteria[0].levelKey", "");
        List<InstructorHttp.Field> impossible = fields("lti_session", token(), "name", "Impossible", "rubricId", rubric.id(),
                "rule.combination", "atLeast", "rule.count", "3", "rule.criteria[0].criterionKey", "c0",
                "rule.criteria[0].levelKey", "proficient", "rule.minTotal", "99");

        HttpResponse<String> refusedEmpty = instructor.multipart(base, empty, List.of());
        HttpResponse<String> refusedImpossible = instructor.multipart(base, impossible, List.of());

        assertThat(refusedEmpty.statusCode()).isEqualTo(422);
        assertThat(refusedEmpty.body()).contains("data-code=\"rule_empty\"");
        assertThat(refusedImpossible.body()).contains("data-code=\"total_unreachable\"").contains("data-code=\"rule_count_invalid\"")
            .contains("value=\"99\"");
        assertThat(badges.list(course.courseId)).isEmpty();
    }

    @Test
    void archivingMovesTheBadgeToTheArchivedListAndRestoringBringsItBack() {
        Badge badge = badges.create(new Badge(0, course.courseId, "pending", "Archivable", "", "", "Badge", rubric.id(),
                new AwardRule.AllOf(List.of(new AwardRule.CriterionAtLeast("c0", "proficient"))), List.of(), null, null,
                IssuanceMode.AUTO, null, false, null, null));
        String token = InstructorHttp.formToken(instructor.get(base + "/" + badge.id()));

        HttpResponse<String> archived = instructor.post(base + "/" + badge.id() + "/archive", fields("lti_session", token));

        assertThat(archived.statusCode()).isEqualTo(303);
        assertThat(badges.find(course.courseId, badge.id()).orElseThrow().archived()).isTrue();
        assertThat(instructor.get(InstructorHttp.location(archived)).body()).contains("Badge archived");
        assertThat(instructor.get(base).body()).contains("Archived badges (1)");

        instructor.post(base + "/" + badge.id() + "/restore", fields("lti_session", token));
        assertThat(badges.find(course.courseId, badge.id()).orElseThrow().archived()).isFalse();
    }

    @Test
    void publicImageIsTheUploadedPngOrSvgWithItsTypeElseTheGeneratedSvg() {
        List<InstructorHttp.Field> fields = everyField(token(), "With PNG");
        fields.removeIf(field -> field.name().equals("skills"));
        byte[] png = TestImages.png(32, 32);
        instructor.multipart(base, fields, List.of(new InstructorHttp.Upload("image", "a.png", "image/png", png)));
        fields = everyField(token(), "With SVG");
        fields.removeIf(field -> field.name().equals("skills"));
        instructor.multipart(base, fields, List.of(new InstructorHttp.Upload("image", "a.svg", "image/svg+xml",
                TestImages.utf8(TestImages.SVG))));
        Badge generated = badges.create(new Badge(0, course.courseId, "pending", "Generated & <drawn>", "", "", "Badge", null,
                new AwardRule.AllOf(List.of(new AwardRule.LineItemAtLeast(quiz, "Quiz 1", 50))), List.of(), null, null,
                IssuanceMode.MANUAL, null, false, null, null));
        Badge withPng = badges.list(course.courseId).stream().filter(b -> b.name().equals("With PNG")).findFirst().orElseThrow();
        Badge withSvg = badges.list(course.courseId).stream().filter(b -> b.name().equals("With SVG")).findFirst().orElseThrow();

        HttpResponse<byte[]> pngImage = instructor.bytes("/badges/" + withPng.achievementKey() + "/image");
        HttpResponse<byte[]> svgImage = instructor.bytes("/badges/" + withSvg.achievementKey() + "/image");
        HttpResponse<byte[]> generatedImage = instructor.bytes("/badges/" + generated.achievementKey() + "/image");
        HttpResponse<byte[]> unknown = instructor.bytes("/badges/b-unknown/image");

        assertThat(pngImage.statusCode()).isEqualTo(200);
        assertThat(pngImage.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(pngImage.body()).isEqualTo(png);
        assertThat(svgImage.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        assertThat(new String(svgImage.body(), StandardCharsets.UTF_8)).isEqualTo(TestImages.SVG);
        assertThat(svgImage.headers().firstValue("Content-Security-Policy")).get().asString().contains("default-src 'none'");
        assertThat(generatedImage.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        assertThat(new String(generatedImage.body(), StandardCharsets.UTF_8)).startsWith("<svg")
            .contains("Generated &amp; &lt;drawn&gt;").doesNotContain("<drawn>");
        assertThat(unknown.statusCode()).isEqualTo(404);
    }
}
