package dev.laurel.tool.badges.web;

import static dev.laurel.tool.badges.web.InstructorHttp.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.badges.SyncedCourseFixture;
import dev.laurel.tool.badges.badge.Badge;
import dev.laurel.tool.badges.badge.Badges;
import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.RubricCriterion;
import dev.laurel.tool.badges.rubric.RubricLevel;
import dev.laurel.tool.badges.rubric.Rubrics;
import dev.laurel.tool.badges.rules.AwardRule;
import dev.laurel.tool.launch.LtiSessionTokens;
import dev.laurel.tool.launch.LtiSessions;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The rubric editor over HTTP: create, edit, the server-side buttons, and every refusal with its code and the input kept. */
@ToolTest
@DatabaseTest
class RubricEditorTests {

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

    private SyncedCourseFixture course;
    private InstructorHttp instructor;
    private String quiz;
    private String base;

    @BeforeEach
    void course() {
        course = SyncedCourseFixture.create(jdbc, 7);
        quiz = course.lineItem("Quiz 1", 10);
        instructor = new InstructorHttp(port, new TestInstructors(sessions, tokens).instructor(course));
        base = "/course/" + course.courseId + "/instructor/badges";
    }

    private List<InstructorHttp.Field> rubricFields(String token, String name, String... criterionNames) {
        List<InstructorHttp.Field> fields = new ArrayList<>(fields("lti_session", token, "action", "save", "name", name,
                "description", "How well reports are written", "sameLevels", "true",
                "scale[0].name", "Beginning", "scale[0].points", "0", "scale[1].name", "Developing", "scale[1].points", "1",
                "scale[2].name", "Proficient", "scale[2].description", "Meets the standard", "scale[2].points", "2",
                "scale[3].name", "Exemplary", "scale[3].points", "3"));
        for (int i = 0; i < criterionNames.length; i++) {
            fields.addAll(fields("criteria[" + i + "].name", criterionNames[i], "criteria[" + i + "].description",
                    "Assesses " + criterionNames[i], "criteria[" + i + "].source", i == 0 ? quiz : ""));
        }
        return fields;
    }

    @Test
    void newRubricOffersTheDefaultScaleAndCreatesTheRubricBoundToTheChosenColumn() {
        HttpResponse<String> form = instructor.get(base + "/rubrics/new");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("value=\"Beginning\"").contains("value=\"Developing\"")
            .contains("value=\"Proficient\"").contains("value=\"Exemplary\"").contains("Quiz 1 (out of 10)");

        HttpResponse<String> saved = instructor.post(base + "/rubrics",
                rubricFields(InstructorHttp.formToken(form), "Report rubric", "Analysis", "Writing"));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        Rubric rubric = rubrics.list(course.courseId).get(0);
        assertThat(rubric.name()).isEqualTo("Report rubric");
        assertThat(rubric.criteria()).extracting(RubricCriterion::key).containsExactly("analysis", "writing");
        assertThat(rubric.criteria().get(0).lineItemUrl()).isEqualTo(quiz);
        assertThat(rubric.criteria().get(1).lineItemUrl()).isNull();
        assertThat(rubric.criteria().get(0).levels()).extracting(RubricLevel::key)
            .containsExactly("beginning", "developing", "proficient", "exemplary");
        assertThat(rubric.criteria().get(1).level("proficient").orElseThrow().description()).isEqualTo("Meets the standard");
        assertThat(InstructorHttp.location(saved)).isEqualTo(base + "/rubrics/" + rubric.id() + "?notice=created");
        assertThat(instructor.get(InstructorHttp.location(saved)).body()).contains("Rubric created.");
    }

    @Test
    void editingKeepsTheKeysOfCriteriaAndLevelsSoRulesStillHold() {
        HttpResponse<String> form = instructor.get(base + "/rubrics/new");
        instructor.post(base + "/rubrics", rubricFields(InstructorHttp.formToken(form), "Report rubric", "Analysis"));
        Rubric created = rubrics.list(course.courseId).get(0);
        HttpResponse<String> edit = instructor.get(base + "/rubrics/" + created.id());
        assertThat(edit.body()).contains("value=\"analysis\"").contains("value=\"Analysis\"").contains("value=\"proficient\"");

        List<InstructorHttp.Field> renamed = rubricFields(InstructorHttp.formToken(edit), "Report rubric (2026)",
                "Data analysis", "Visualisation");
        renamed.add(InstructorHttp.field("criteria[0].key", "analysis"));
        renamed.add(InstructorHttp.field("scale[2].key", "proficient"));
        HttpResponse<String> saved = instructor.post(base + "/rubrics/" + created.id(), renamed);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        Rubric rubric = rubrics.find(course.courseId, created.id()).orElseThrow();
        assertThat(rubric.name()).isEqualTo("Report rubric (2026)");
        assertThat(rubric.criteria()).extracting(RubricCriterion::key).containsExactly("analysis", "visualisation");
        assertThat(rubric.criterion("analysis").orElseThrow().name()).isEqualTo("Data analysis");
    }

    @Test
    void rubricWithoutLevelsIsRefusedWithItsCodeAndTheInputKept() {
        HttpResponse<String> form = instructor.get(base + "/rubrics/new");
        List<InstructorHttp.Field> fields = new ArrayList<>(fields("lti_session", InstructorHttp.formToken(form),
                "action", "save", "name", "Levelless <b>rubric</b>", "sameLevels", "true",
                "criteria[0].name", "Analysis", "criteria[0].description", "Reads the data carefully"));

        HttpResponse<String> refused = instructor.post(base + "/rubrics", fields);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("data-code=\"rubric_criterion_without_levels\"")
            .contains("value=\"Levelless &lt;b&gt;rubric&lt;/b&gt;\"").contains("Reads the data carefully")
            .doesNotContain("<b>rubric</b>");
        assertThat(rubrics.list(course.courseId)).isEmpty();
    }

    @Test
    void duplicateCriterionNamesAreRefusedWithTheirCodeAndTheInputKept() {
        HttpResponse<String> form = instructor.get(base + "/rubrics/new");

        HttpResponse<String> refused = instructor.post(base + "/rubrics",
                rubricFields(InstructorHttp.formToken(form), "Twice", "Analysis", "analysis "));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("data-code=\"rubric_duplicate_criterion\"").contains("value=\"Twice\"")
            .contains("value=\"analysis \"").contains("Assesses Analysis");
        assertThat(rubrics.list(course.courseId)).isEmpty();
    }

    @Test
    void missingNamesAndUnreadablePointsAreRefusedWithTheirCodes() {
        HttpResponse<String> form = instructor.get(base + "/rubrics/new");
        List<InstructorHttp.Field> fields = fields("lti_session", InstructorHttp.formToken(form), "action", "save",
                "name", " ", "sameLevels", "false", "criteria[0].name", "", "criteria[0].description", "Only a description",
                "criteria[0].levels[0].name", "Good", "criteria[0].levels[0].points", "two",
                "criteria[1].name", "Writing", "criteria[1].levels[0].name", "", "criteria[1].levels[0].points", "1");

        HttpResponse<String> refused = instructor.post(base + "/rubrics", fields);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("data-code=\"rubric_name_missing\"").contains("data-code=\"criterion_name_missing\"")
            .contains("data-code=\"level_points_invalid\"").contains("data-code=\"level_name_missing\"")
            .contains("value=\"two\"").contains("Only a description");
    }

    @Test
    void aSecondRubricWithTheSameNameIsRefusedAsNameTaken() {
        rubrics.create(course.rubric("Report rubric", List.of(quiz)));
        HttpResponse<String> form = instructor.get(base + "/rubrics/new");

        HttpResponse<String> refused = instructor.post(base + "/rubrics",
                rubricFields(InstructorHttp.formToken(form), "Report rubric", "Analysis"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("data-code=\"rubric_name_taken\"").contains("value=\"Analysis\"");
    }

    @Test
    void buttonsAddAndRemoveCriteriaAndSwitchToLevelsPerCriterionWithoutJavaScript() {
        HttpResponse<String> form = instructor.get(base + "/rubrics/new");
        List<InstructorHttp.Field> fields = rubricFields(InstructorHttp.formToken(form), "Draft", "Analysis", "Writing");
        fields.removeIf(field -> field.name().equals("action"));

        HttpResponse<String> added = instructor.post(base + "/rubrics", with(fields, "action", "add-criterion"));
        HttpResponse<String> perCriterion = instructor.post(base + "/rubrics", with(fields, "action", "per-criterion-levels"));
        HttpResponse<String> removed = instructor.post(base + "/rubrics", with(fields, "action", "remove-criterion:0"));

        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.body()).contains("name=\"criteria[2].name\"").contains("value=\"Writing\"");
        assertThat(perCriterion.body()).contains("name=\"criteria[1].levels[3].name\"").doesNotContain("name=\"scale[0].name\"");
        assertThat(removed.body()).doesNotContain("value=\"Analysis\"").contains("value=\"Writing\"");
        assertThat(rubrics.list(course.courseId)).isEmpty();
    }

    @Test
    void rubricUsedByABadgeCannotBeDeletedAndAnUnusedOneCan() {
        Rubric used = rubrics.create(course.rubric("Used", List.of(quiz)));
        Rubric unused = rubrics.create(course.rubric("Unused", List.of(quiz)));
        badges.create(new Badge(0, course.courseId, "pending", "Analyst", "", "", "Badge", used.id(),
                new AwardRule.AllOf(List.of(new AwardRule.CriterionAtLeast("c0", "proficient"))), List.of(), null, null,
                null, null, false, null, null));
        String token = InstructorHttp.formToken(instructor.get(base + "/rubrics/" + used.id()));

        HttpResponse<String> refused = instructor.post(base + "/rubrics/" + used.id() + "/delete", fields("lti_session", token));
        HttpResponse<String> deleted = instructor.post(base + "/rubrics/" + unused.id() + "/delete", fields("lti_session", token));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("data-code=\"rubric_in_use\"");
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(rubrics.list(course.courseId)).extracting(Rubric::name).containsExactly("Used");
    }

    @Test
    void aRowIndexBeyondTheBindersLimitIsABadRequestNotAServerError() {
        HttpResponse<String> form = instructor.get(base + "/rubrics/new");

        HttpResponse<String> refused = instructor.post(base + "/rubrics", fields("lti_session", InstructorHttp.formToken(form),
                "name", "Huge", "criteria[5000].name", "Far away"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).startsWith(FormRowLimit.CODE);
        assertThat(rubrics.list(course.courseId)).isEmpty();
    }

    private static List<InstructorHttp.Field> with(List<InstructorHttp.Field> fields, String name, String value) {
        List<InstructorHttp.Field> all = new ArrayList<>(fields);
        all.add(InstructorHttp.field(name, value));
        return all;
    }
}
