package dev.laurel.tool.badges.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.laurel.tool.badges.web.InstructorHttp.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.ags.AgsMediaTypes;
import dev.laurel.tool.ags.AgsScopes;
import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.RubricCriterion;
import dev.laurel.tool.badges.rubric.RubricGradebookColumns;
import dev.laurel.tool.badges.rubric.Rubrics;
import dev.laurel.tool.launch.LtiSessionTokens;
import dev.laurel.tool.launch.LtiSessions;
import dev.laurel.tool.launch.PlatformServiceClaims;
import dev.laurel.tool.lti.LaurelRole;
import dev.laurel.tool.registration.NewRegistration;
import dev.laurel.tool.registration.PlatformRegistration;
import dev.laurel.tool.registration.PlatformRegistrations;
import dev.laurel.tool.registration.RegistrationSource;
import dev.laurel.tool.services.PlatformStubs;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Create a gradebook column per criterion" against a Moodle-shaped platform on WireMock: one AGS line item per
 * criterion, labelled, tagged and bound to the launch's resource link, then the criterion bound to it; a refusal of
 * the LMS shown with its code, the columns already created kept bound.
 */
@ToolTest
@DatabaseTest
class RubricGradebookColumnsTests {

    private static final String LINE_ITEMS = "/mod/lti/services.php/2/lineitems";
    private static final String LAUNCH_LINE_ITEM = LINE_ITEMS + "/9/lineitem";

    @RegisterExtension
    static WireMockExtension moodle = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformRegistrations registrations;

    @Autowired
    LtiSessions sessions;

    @Autowired
    LtiSessionTokens tokens;

    @Autowired
    Rubrics rubrics;

    private long courseId;
    private InstructorHttp instructor;
    private String base;

    @BeforeEach
    void launchedMoodleCourse() {
        PlatformStubs stubs = new PlatformStubs(moodle.getRuntimeInfo().getWireMock(), moodle.baseUrl());
        stubs.token("/mod/lti/token.php", "moodle/token.json");
        moodle.stubFor(get(urlPathEqualTo(LAUNCH_LINE_ITEM)).willReturn(aResponse()
                .withHeader("Content-Type", AgsMediaTypes.LINE_ITEM)
                .withBody("{\"id\":\"" + moodle.baseUrl() + LAUNCH_LINE_ITEM + "?type_id=1\",\"label\":\"Laurel\","
                        + "\"scoreMaximum\":100,\"resourceLinkId\":\"rl-42\"}")));
        PlatformRegistration registration = registrations.register(new NewRegistration("https://moodle-" + UUID.randomUUID()
                + ".example", "client-1", URI.create(moodle.baseUrl() + "/mod/lti/auth.php"),
                URI.create(moodle.baseUrl() + "/mod/lti/token.php"), URI.create(moodle.baseUrl() + "/jwks"), null, "Moodle",
                RegistrationSource.MANUAL, false, List.of("dep-1")));
        String contextId = "course-" + UUID.randomUUID();
        Set<String> scopes = Set.of(AgsScopes.LINE_ITEM, AgsScopes.RESULT_READ_ONLY, AgsScopes.SCORE);
        URI lineItems = URI.create(moodle.baseUrl() + LINE_ITEMS + "?type_id=1");
        URI memberships = URI.create(moodle.baseUrl() + "/mod/lti/services.php/CourseSection/2/bindings/1/memberships");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO lti_context (registration_id, deployment_id, context_id, title, label, ags_lineitems_url,
                    ags_scopes, nrps_memberships_url, first_launch_at, last_launch_at)
                VALUES (?, 'dep-1', ?, 'Statistics', 'STAT1', ?, ?, ?, ?, ?)""")
            .params(registration.id(), contextId, lineItems.toString(), String.join(" ", scopes), memberships.toString(),
                    now, now)
            .update();
        courseId = jdbc.sql("SELECT id FROM lti_context WHERE context_id = ?").param(contextId).query(Long.class).single();
        PlatformServiceClaims services = new PlatformServiceClaims(lineItems,
                URI.create(moodle.baseUrl() + LAUNCH_LINE_ITEM + "?type_id=1"), scopes, memberships);
        instructor = new InstructorHttp(port, new TestInstructors(sessions, tokens).launch(registration.id(), "dep-1",
                contextId, "teacher-1", LaurelRole.INSTRUCTOR, false, services));
        base = "/course/" + courseId + "/instructor/badges";
    }

    private void created(String label, int number) {
        moodle.stubFor(post(urlPathEqualTo(LINE_ITEMS)).withRequestBody(matchingJsonPath("$.label", equalTo(label)))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", AgsMediaTypes.LINE_ITEM)
                        .withBody("{\"id\":\"" + moodle.baseUrl() + LINE_ITEMS + "/" + number + "/lineitem?type_id=1\","
                                + "\"label\":\"" + label + "\",\"scoreMaximum\":3,\"tag\":\"laurel-criterion\","
                                + "\"resourceLinkId\":\"rl-42\"}")));
    }

    private List<InstructorHttp.Field> rubric(String token) {
        return new ArrayList<>(fields("lti_session", token, "action", "save", "name", "Report rubric", "sameLevels", "true",
                "scale[0].name", "Beginning", "scale[0].points", "0", "scale[1].name", "Proficient", "scale[1].points", "2",
                "scale[2].name", "Exemplary", "scale[2].points", "3",
                "criteria[0].name", "Analysis", "criteria[0].source", "new",
                "criteria[1].name", "Writing", "criteria[1].source", "new"));
    }

    @Test
    void savingCreatesOneTaggedColumnPerCriterionBoundToTheLaunchsResourceLinkAndBindsIt() {
        created("Report rubric – Analysis", 101);
        created("Report rubric – Writing", 102);
        HttpResponse<String> form = instructor.get(base + "/rubrics/new");
        assertThat(form.body()).contains("Create a new gradebook").contains("create a gradebook column for every criterion without one");

        HttpResponse<String> saved = instructor.post(base + "/rubrics", rubric(InstructorHttp.formToken(form)));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        assertThat(InstructorHttp.location(saved)).endsWith("notice=saved-columns-2");
        moodle.verify(2, postRequestedFor(urlPathEqualTo(LINE_ITEMS)).withQueryParam("type_id", equalTo("1"))
                .withHeader("Content-Type", equalTo(AgsMediaTypes.LINE_ITEM)).withHeader("Authorization", equalTo("Bearer moodle-token-1")));
        moodle.verify(postRequestedFor(urlPathEqualTo(LINE_ITEMS)).withRequestBody(equalToJson("""
                {"label":"Report rubric – Analysis","scoreMaximum":3.0,"tag":"laurel-criterion","resourceLinkId":"rl-42"}""")));
        Rubric rubric = rubrics.list(courseId).get(0);
        assertThat(rubric.criteria()).extracting(RubricCriterion::lineItemUrl).containsExactly(
                moodle.baseUrl() + LINE_ITEMS + "/101/lineitem?type_id=1", moodle.baseUrl() + LINE_ITEMS + "/102/lineitem?type_id=1");
        assertThat(RubricGradebookColumns.TAG).isEqualTo("laurel-criterion");
        assertThat(instructor.get(InstructorHttp.location(saved)).body()).contains("Laurel created 2 gradebook column(s)");
    }

    @Test
    void aRefusalOfTheLmsIsShownWithItsCodeAndTheColumnAlreadyCreatedStaysBound() {
        created("Report rubric – Analysis", 201);
        moodle.stubFor(post(urlPathEqualTo(LINE_ITEMS)).withRequestBody(matchingJsonPath("$.label",
                equalTo("Report rubric – Writing"))).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status\":400,\"reason\":\"Grade item limit reached\"}")));

        HttpResponse<String> refused = instructor.post(base + "/rubrics",
                rubric(InstructorHttp.formToken(instructor.get(base + "/rubrics/new"))));

        assertThat(refused.statusCode()).isEqualTo(502);
        assertThat(refused.body()).contains("data-code=\"platform_rejected_request\"")
            .contains("data-code=\"gradebook_columns_kept\"").contains("value=\"Writing\"")
            .contains("value=\"" + moodle.baseUrl() + LINE_ITEMS + "/201/lineitem?type_id=1\" selected");
        assertThat(rubrics.list(courseId)).isEmpty();

        created("Report rubric – Writing", 202);
        List<InstructorHttp.Field> again = rubric(InstructorHttp.formToken(refused));
        again.replaceAll(field -> field.name().equals("criteria[0].source")
                ? InstructorHttp.field("criteria[0].source", moodle.baseUrl() + LINE_ITEMS + "/201/lineitem?type_id=1") : field);
        HttpResponse<String> saved = instructor.post(base + "/rubrics", again);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        moodle.verify(3, postRequestedFor(urlPathEqualTo(LINE_ITEMS)));
        assertThat(rubrics.list(courseId).get(0).criteria()).extracting(RubricCriterion::lineItemUrl).containsExactly(
                moodle.baseUrl() + LINE_ITEMS + "/201/lineitem?type_id=1", moodle.baseUrl() + LINE_ITEMS + "/202/lineitem?type_id=1");
    }

    @Test
    void aCourseWhoseLmsGrantsNoLineItemScopeOffersNoNewColumnAndRefusesOne() {
        jdbc.sql("UPDATE lti_context SET ags_scopes = ? WHERE id = ?")
            .params(AgsScopes.LINE_ITEM_READ_ONLY + " " + AgsScopes.RESULT_READ_ONLY, courseId).update();
        HttpResponse<String> form = instructor.get(base + "/rubrics/new");
        assertThat(form.body()).doesNotContain("Create a new gradebook").contains("has not allowed Laurel to add gradebook columns");

        HttpResponse<String> refused = instructor.post(base + "/rubrics", rubric(InstructorHttp.formToken(form)));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("data-code=\"" + AgsScopes.SCOPE_NOT_GRANTED + "\"");
        moodle.verify(0, postRequestedFor(urlPathEqualTo(LINE_ITEMS)));
        assertThat(rubrics.list(courseId)).isEmpty();
    }
}
