package dev.laurel.tool.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The session's service claims as written at a launch read back as they were, with Jackson, as sessions read them. */
class PlatformServiceClaimsJsonTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void readsBackEveryEndpointAndScope() {
        PlatformServiceClaims services = new PlatformServiceClaims(
                URI.create("https://moodle.example/mod/lti/services.php/2/lineitems?type_id=1"),
                URI.create("https://moodle.example/mod/lti/services.php/2/lineitems/7/lineitem?type_id=1"),
                Set.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                URI.create("https://moodle.example/mod/lti/services.php/CourseSection/2/bindings/1/memberships"));

        assertThat(json.readValue(PlatformServiceClaimsJson.write(services), PlatformServiceClaims.class))
                .isEqualTo(services);
    }

    @Test
    void readsBackNoServicesAtAll() {
        assertThat(json.readValue(PlatformServiceClaimsJson.write(PlatformServiceClaims.none()),
                PlatformServiceClaims.class)).isEqualTo(PlatformServiceClaims.none());
    }

    @Test
    void escapesQuotesBackslashesAndControlCharactersInScopes() {
        PlatformServiceClaims services = new PlatformServiceClaims(null, null,
                Set.of("a \"quoted\" scope", "back\\slash", "line\nbreak\u0001"), null);

        assertThat(json.readValue(PlatformServiceClaimsJson.write(services), PlatformServiceClaims.class))
                .isEqualTo(services);
    }
}
