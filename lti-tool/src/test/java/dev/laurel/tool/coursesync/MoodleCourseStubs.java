package dev.laurel.tool.coursesync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.laurel.tool.ags.AgsMediaTypes;
import dev.laurel.tool.nrps.NrpsMembershipClient;
import dev.laurel.tool.services.PlatformStubs;

/** A Moodle course on WireMock: paged roster, one page of line items, paged results per line item. */
record MoodleCourseStubs(WireMock wireMock, PlatformStubs stubs, int members, int lineItems, int pageSize) {

    static final String LINE_ITEMS = "/mod/lti/services.php/2/lineitems";

    static final String MEMBERS = "/mod/lti/services.php/CourseSection/2/bindings/1/memberships";

    static String lineItem(int n) {
        return LINE_ITEMS + "/" + n + "/lineitem";
    }

    int pages() {
        return (members + pageSize - 1) / pageSize;
    }

    void stubAll() {
        stubs.token("/mod/lti/token.php", "moodle/token.json");
        stubs.pages(MEMBERS, "limit=" + pageSize, pages(), NrpsMembershipClient.MEDIA_TYPE, page ->
                PlatformStubs.membershipContainer(stubs.baseUrl() + MEMBERS, PlatformStubs.array((page - 1) * pageSize + 1,
                        Math.min(pageSize, members - (page - 1) * pageSize), PlatformStubs::moodleMember)));
        wireMock.register(get(urlPathEqualTo(LINE_ITEMS)).willReturn(aResponse()
                .withHeader("Content-Type", AgsMediaTypes.LINE_ITEM_CONTAINER)
                .withBody(PlatformStubs.array(1, lineItems, n -> stubs.fixture("moodle/lineitem.json")
                        .replace("lineitems/7/", "lineitems/" + n + "/").replace("Quiz 1", "Quiz " + n)))));
        for (int n = 1; n <= lineItems; n++) {
            stubResults(n);
        }
    }

    void stubResults(int lineItem) {
        stubs.pages(lineItem(lineItem) + "/results", "type_id=1&limit=" + pageSize, pages(), AgsMediaTypes.RESULT_CONTAINER,
                page -> PlatformStubs.array((page - 1) * pageSize + 1, Math.min(pageSize, members - (page - 1) * pageSize),
                        user -> stubs.moodleResult(lineItem(lineItem), user)));
    }
}
