package dev.laurel.tool.nrps;

import dev.laurel.tool.lti.LtiRoles;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.laurel.tool.services.MutableClock;
import dev.laurel.tool.services.PlatformServices;
import dev.laurel.tool.services.PlatformStubs;
import dev.laurel.tool.services.TestPlatforms;
import dev.laurel.tool.services.TestServicesClients;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NrpsMembershipClientTests {

    private static final String CANVAS_MEMBERS = "/api/lti/courses/42/names_and_roles";

    private static final String MOODLE_MEMBERS = "/mod/lti/services.php/CourseSection/2/bindings/1/memberships";

    @RegisterExtension
    static WireMockExtension platform = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private PlatformStubs stubs;

    private NrpsMembershipClient memberships;

    @BeforeEach
    void setUp() {
        TestServicesClients clients = TestServicesClients.create(new MutableClock(Instant.parse("2026-11-29T10:00:00Z")));
        memberships = new NrpsMembershipClient(clients.http(), TestServicesClients.JSON);
        stubs = new PlatformStubs(platform.getRuntimeInfo().getWireMock(), platform.baseUrl());
        stubs.token("/mod/lti/token.php", "moodle/token.json");
        stubs.token("/login/oauth2/token", "canvas/token.json");
    }

    @Test
    void everyMemberIsReadAcrossElevenPagesWithTheNrpsMediaType() {
        PlatformServices canvas = TestPlatforms.canvas(platform.baseUrl(), 31);
        stubs.pages(CANVAS_MEMBERS, "limit=10", 11, NrpsMembershipClient.MEDIA_TYPE, page -> PlatformStubs.membershipContainer(
                platform.baseUrl() + CANVAS_MEMBERS, PlatformStubs.array((page - 1) * 10 + 1, 10, PlatformStubs::canvasMember)));

        List<Member> all = memberships.members(canvas, MembershipQuery.all().withLimit(10));

        assertThat(all).hasSize(110).extracting(Member::userId).doesNotHaveDuplicates().contains("canvas-user-110");
        assertThat(all.get(0).sourcedId()).isEqualTo("sis-1");
        platform.verify(11, getRequestedFor(urlPathEqualTo(CANVAS_MEMBERS))
                .withHeader("Accept", equalTo(NrpsMembershipClient.MEDIA_TYPE)));
    }

    @Test
    void roleFilterAndResourceLinkAreSentAsQueryParameters() {
        PlatformServices canvas = TestPlatforms.canvas(platform.baseUrl(), 32);
        platform.stubFor(get(urlPathEqualTo(CANVAS_MEMBERS)).willReturn(aResponse()
                .withHeader("Content-Type", NrpsMembershipClient.MEDIA_TYPE)
                .withBody(PlatformStubs.membershipContainer("x", "[" + PlatformStubs.canvasMember(1) + "]"))));

        memberships.members(canvas, MembershipQuery.all().withRole(LtiRoles.LEARNER).withResourceLinkId("rl-9"));

        platform.verify(getRequestedFor(urlPathEqualTo(CANVAS_MEMBERS)).withQueryParam("role", equalTo(LtiRoles.LEARNER))
                .withQueryParam("rlid", equalTo("rl-9")));
    }

    @Test
    void differencesLinkIsReturnedWithThePage() {
        PlatformServices moodle = TestPlatforms.moodle(platform.baseUrl(), 33);
        String differences = platform.baseUrl() + MOODLE_MEMBERS + "?since=1700000000";
        platform.stubFor(get(urlPathEqualTo(MOODLE_MEMBERS)).willReturn(aResponse()
                .withHeader("Content-Type", NrpsMembershipClient.MEDIA_TYPE)
                .withHeader("Link", "<" + differences + ">; rel=\"differences\"")
                .withBody(PlatformStubs.membershipContainer("x", "[" + PlatformStubs.moodleMember(1) + "]"))));

        MembershipPage page = memberships.page(moodle, memberships.firstPage(moodle, MembershipQuery.all()));

        assertThat(page.differences()).isEqualTo(URI.create(differences));
        assertThat(page.next()).isNull();
        assertThat(page.contextId()).isEqualTo("course-42");
    }

    @Test
    void moodleShortRoleNamesAreNormalisedToFullUris() {
        PlatformServices moodle = TestPlatforms.moodle(platform.baseUrl(), 34);
        platform.stubFor(get(urlPathEqualTo(MOODLE_MEMBERS)).willReturn(aResponse()
                .withHeader("Content-Type", NrpsMembershipClient.MEDIA_TYPE)
                .withBody(PlatformStubs.membershipContainer("x",
                        "[" + PlatformStubs.moodleMember(1) + "," + PlatformStubs.moodleMember(2) + "]"))));

        List<Member> all = memberships.members(moodle, MembershipQuery.all());

        assertThat(all.get(0).normalizedRoles()).containsExactly(LtiRoles.INSTRUCTOR);
        assertThat(all.get(1).normalizedRoles()).containsExactly(LtiRoles.LEARNER);
        assertThat(LtiRoles.isInstructor(all.get(0).roles())).isTrue();
        assertThat(LtiRoles.isLearner(all.get(1).roles())).isTrue();
    }
}
