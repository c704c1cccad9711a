package dev.laurel.tool.ags;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.laurel.tool.services.MutableClock;
import dev.laurel.tool.services.PlatformServiceException;
import dev.laurel.tool.services.PlatformServices;
import dev.laurel.tool.services.PlatformStubs;
import dev.laurel.tool.services.TestPlatforms;
import dev.laurel.tool.services.TestServicesClients;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AgsClientTests {

    private static final String MOODLE_LINE_ITEM = "/mod/lti/services.php/2/lineitems/7/lineitem";

    private static final String CANVAS_LINE_ITEMS = "/api/lti/courses/42/line_items";

    @RegisterExtension
    static WireMockExtension platform = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));

    private PlatformStubs stubs;

    private AgsLineItemClient lineItems;

    private AgsResultClient results;

    private AgsScoreClient scores;

    @BeforeEach
    void setUp() {
        TestServicesClients clients = TestServicesClients.create(clock);
        lineItems = new AgsLineItemClient(clients.http(), TestServicesClients.JSON);
        results = new AgsResultClient(clients.http(), TestServicesClients.JSON);
        scores = new AgsScoreClient(clients.http(), TestServicesClients.JSON);
        stubs = new PlatformStubs(platform.getRuntimeInfo().getWireMock(), platform.baseUrl());
        stubs.token("/mod/lti/token.php", "moodle/token.json");
        stubs.token("/login/oauth2/token", "canvas/token.json");
    }

    @Test
    void lineItemsAreReadAcrossTwelvePagesWithFilters() {
        PlatformServices canvas = TestPlatforms.canvas(platform.baseUrl(), 21);
        stubs.pages(CANVAS_LINE_ITEMS, "resource_link_id=rl-1&tag=grade&limit=5", 12, AgsMediaTypes.LINE_ITEM_CONTAINER,
                page -> PlatformStubs.array((page - 1) * 5 + 1, 5, item -> stubs.fixture("canvas/lineitem.json")
                        .replace("line_items/7", "line_items/" + item)));

        List<LineItem> all = lineItems.list(canvas, LineItemFilter.all().withResourceLinkId("rl-1").withTag("grade").withLimit(5));

        assertThat(all).hasSize(60);
        assertThat(all.get(59).id()).isEqualTo(platform.baseUrl() + CANVAS_LINE_ITEMS + "/60");
        assertThat(all.get(0).scoreMaximum()).isEqualTo(50.0);
        platform.verify(12, getRequestedFor(urlPathEqualTo(CANVAS_LINE_ITEMS))
                .withHeader("Accept", equalTo(AgsMediaTypes.LINE_ITEM_CONTAINER)));
        platform.verify(12, getRequestedFor(urlPathEqualTo(CANVAS_LINE_ITEMS)).withQueryParam("resource_link_id", equalTo("rl-1"))
                .withQueryParam("tag", equalTo("grade")).withQueryParam("limit", equalTo("5")));
    }

    @Test
    void moodleLineItemsListKeepsTypeIdAndAddsFilters() {
        PlatformServices moodle = TestPlatforms.moodle(platform.baseUrl(), 22);
        platform.stubFor(get(urlPathEqualTo("/mod/lti/services.php/2/lineitems")).willReturn(aResponse()
                .withHeader("Content-Type", AgsMediaTypes.LINE_ITEM_CONTAINER).withBody("[" + stubs.fixture("moodle/lineitem.json") + "]")));

        List<LineItem> all = lineItems.list(moodle, LineItemFilter.all().withResourceId("quiz-1"));

        assertThat(all).singleElement().satisfies(item -> {
            assertThat(item.id()).isEqualTo(platform.baseUrl() + MOODLE_LINE_ITEM + "?type_id=1");
            assertThat(item.resourceLinkId()).isEqualTo("3");
        });
        platform.verify(getRequestedFor(urlPathEqualTo("/mod/lti/services.php/2/lineitems"))
                .withQueryParam("type_id", equalTo("1")).withQueryParam("resource_id", equalTo("quiz-1")));
    }

    @Test
    void moodleResultsGoBeforeTheQueryStringAcrossElevenPages() {
        PlatformServices moodle = TestPlatforms.moodle(platform.baseUrl(), 23);
        stubs.pages(MOODLE_LINE_ITEM + "/results", "type_id=1", 11, AgsMediaTypes.RESULT_CONTAINER,
                page -> PlatformStubs.array((page - 1) * 10 + 1, 10, user -> stubs.moodleResult(MOODLE_LINE_ITEM, user)));

        List<AgsResult> all = results.list(moodle, URI.create(platform.baseUrl() + MOODLE_LINE_ITEM + "?type_id=1"));

        assertThat(all).hasSize(110).extracting(AgsResult::userId).doesNotHaveDuplicates().contains("1", "110");
        platform.verify(11, getRequestedFor(urlPathEqualTo(MOODLE_LINE_ITEM + "/results"))
                .withQueryParam("type_id", equalTo("1")).withHeader("Accept", equalTo(AgsMediaTypes.RESULT_CONTAINER)));
    }

    @Test
    void oneLearnersResultIsAskedWithUserId() {
        PlatformServices moodle = TestPlatforms.moodle(platform.baseUrl(), 24);
        platform.stubFor(get(urlPathEqualTo(MOODLE_LINE_ITEM + "/results")).withQueryParam("user_id", equalTo("5"))
                .willReturn(aResponse().withHeader("Content-Type", AgsMediaTypes.RESULT_CONTAINER)
                        .withBody("[" + stubs.moodleResult(MOODLE_LINE_ITEM, 5) + "]")));

        Optional<AgsResult> result = results.forUser(moodle, URI.create(platform.baseUrl() + MOODLE_LINE_ITEM + "?type_id=1"), "5");

        assertThat(result).hasValueSatisfying(found -> assertThat(found.resultScore()).isEqualTo(5.0));
        platform.verify(getRequestedFor(urlPathEqualTo(MOODLE_LINE_ITEM + "/results")).withQueryParam("type_id", equalTo("1")));
    }

    @Test
    void moodleScoresGoBeforeTheQueryStringWithTheScoreMediaType() {
        PlatformServices moodle = TestPlatforms.moodle(platform.baseUrl(), 25);
        platform.stubFor(post(urlPathEqualTo(MOODLE_LINE_ITEM + "/scores")).willReturn(aResponse().withStatus(200)));

        scores.publish(moodle, URI.create(platform.baseUrl() + MOODLE_LINE_ITEM + "?type_id=1"),
                Score.graded("5", 8, 10, clock.instant()).withComment("Good work"));

        platform.verify(postRequestedFor(urlPathEqualTo(MOODLE_LINE_ITEM + "/scores")).withQueryParam("type_id", equalTo("1"))
                .withHeader("Content-Type", equalTo(AgsMediaTypes.SCORE))
                .withHeader("Authorization", equalTo("Bearer moodle-token-1"))
                .withRequestBody(equalToJson("""
                        {"userId":"5","scoreGiven":8.0,"scoreMaximum":10.0,"comment":"Good work",
                         "timestamp":"2026-11-29T10:00:00Z","activityProgress":"Completed","gradingProgress":"FullyGraded"}""")));
    }

    @Test
    void canvasScoreCarriesTheSubmissionExtension() {
        PlatformServices canvas = TestPlatforms.canvas(platform.baseUrl(), 26);
        platform.stubFor(post(urlPathEqualTo(CANVAS_LINE_ITEMS + "/7/scores")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"resultUrl\":\"" + platform.baseUrl() + "/r/1\"}")));

        scores.publish(canvas, URI.create(platform.baseUrl() + CANVAS_LINE_ITEMS + "/7"),
                Score.graded("canvas-user-1", 45, 50, clock.instant())
                        .withCanvasSubmission(Score.CanvasSubmission.url("https://laurel.example/credentials/1", clock.instant())));

        platform.verify(postRequestedFor(urlPathEqualTo(CANVAS_LINE_ITEMS + "/7/scores"))
                .withRequestBody(matchingJsonPath("$['https://canvas.instructure.com/lti/submission'].new_submission", equalTo("true")))
                .withRequestBody(matchingJsonPath("$['https://canvas.instructure.com/lti/submission'].submission_data",
                        equalTo("https://laurel.example/credentials/1")))
                .withRequestBody(matchingJsonPath("$['https://canvas.instructure.com/lti/submission'].submitted_at",
                        equalTo("2026-11-29T10:00:00Z"))));
    }

    @Test
    void lineItemIsCreatedReadUpdatedAndDeletedWithSpecMediaTypes() {
        PlatformServices canvas = TestPlatforms.canvas(platform.baseUrl(), 27);
        String created = stubs.fixture("canvas/lineitem.json");
        platform.stubFor(post(urlPathEqualTo(CANVAS_LINE_ITEMS)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", AgsMediaTypes.LINE_ITEM).withBody(created)));
        platform.stubFor(get(urlPathEqualTo(CANVAS_LINE_ITEMS + "/7")).willReturn(aResponse()
                .withHeader("Content-Type", AgsMediaTypes.LINE_ITEM).withBody(created)));
        platform.stubFor(put(urlPathEqualTo(CANVAS_LINE_ITEMS + "/7")).willReturn(aResponse()
                .withHeader("Content-Type", AgsMediaTypes.LINE_ITEM).withBody(created.replace("\"Essay\"", "\"Essay (final)\""))));
        platform.stubFor(delete(urlPathEqualTo(CANVAS_LINE_ITEMS + "/7")).willReturn(aResponse().withStatus(204)));

        LineItem item = lineItems.create(canvas, LineItem.of("Essay", 50).withResourceId("essay-1").withTag("essay"));
        LineItem read = lineItems.read(canvas, URI.create(item.id()));
        LineItem updated = lineItems.update(canvas, read.withLabel("Essay (final)"));
        lineItems.delete(canvas, URI.create(item.id()));

        assertThat(item.id()).isEqualTo(platform.baseUrl() + CANVAS_LINE_ITEMS + "/7");
        assertThat(updated.label()).isEqualTo("Essay (final)");
        platform.verify(postRequestedFor(urlPathEqualTo(CANVAS_LINE_ITEMS))
                .withHeader("Content-Type", equalTo(AgsMediaTypes.LINE_ITEM)).withHeader("Accept", equalTo(AgsMediaTypes.LINE_ITEM))
                .withRequestBody(equalToJson("{\"label\":\"Essay\",\"scoreMaximum\":50.0,\"resourceId\":\"essay-1\",\"tag\":\"essay\"}")));
        platform.verify(getRequestedFor(urlPathEqualTo(CANVAS_LINE_ITEMS + "/7")).withHeader("Accept", equalTo(AgsMediaTypes.LINE_ITEM)));
        platform.verify(putRequestedFor(urlPathEqualTo(CANVAS_LINE_ITEMS + "/7"))
                .withHeader("Content-Type", equalTo(AgsMediaTypes.LINE_ITEM))
                .withRequestBody(matchingJsonPath("$.label", equalTo("Essay (final)"))));
        platform.verify(deleteRequestedFor(urlPathEqualTo(CANVAS_LINE_ITEMS + "/7")));
    }

    @Test
    void scoreWithoutTheGrantedScopeFailsWithAgsScopeNotGranted() {
        PlatformServices readOnly = new PlatformServices(28, "c", URI.create(platform.baseUrl() + "/login/oauth2/token"), null,
                URI.create(platform.baseUrl() + CANVAS_LINE_ITEMS), Set.of(AgsScopes.LINE_ITEM_READ_ONLY), null);

        assertThatThrownBy(() -> scores.publish(readOnly, URI.create(platform.baseUrl() + CANVAS_LINE_ITEMS + "/7"),
                Score.graded("u", 1, 2, clock.instant())))
                .isInstanceOfSatisfying(PlatformServiceException.class, ex -> assertThat(ex.code()).isEqualTo(AgsScopes.SCOPE_NOT_GRANTED));
        platform.verify(0, postRequestedFor(urlPathEqualTo(CANVAS_LINE_ITEMS + "/7/scores")));
    }
}
