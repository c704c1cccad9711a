package dev.laurel.tool.services;

import java.net.URI;
import java.util.Set;

/** Platform services shaped like Moodle's and Canvas's launch claims, pointing at a WireMock base URL. */
public final class TestPlatforms {

    public static final String LINE_ITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";

    public static final String RESULT = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";

    public static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

    public static final Set<String> ALL_AGS = Set.of(LINE_ITEM, RESULT, SCORE);

    private TestPlatforms() {
    }

    /** Moodle: token endpoint {@code /mod/lti/token.php}, line items under {@code services.php} with {@code ?type_id=}. */
    public static PlatformServices moodle(String baseUrl, long registrationId) {
        return new PlatformServices(registrationId, "moodle-client-" + registrationId,
                URI.create(baseUrl + "/mod/lti/token.php"), null,
                URI.create(baseUrl + "/mod/lti/services.php/2/lineitems?type_id=1"), ALL_AGS,
                URI.create(baseUrl + "/mod/lti/services.php/CourseSection/2/bindings/1/memberships"));
    }

    /** Canvas: the token endpoint at the SSO host, the assertion audience Canvas names, course-level endpoints. */
    public static PlatformServices canvas(String baseUrl, long registrationId) {
        return new PlatformServices(registrationId, "10000000000" + registrationId,
                URI.create(baseUrl + "/login/oauth2/token"), "https://sso.canvaslms.com/login/oauth2/token",
                URI.create(baseUrl + "/api/lti/courses/42/line_items"), ALL_AGS,
                URI.create(baseUrl + "/api/lti/courses/42/names_and_roles"));
    }
}
