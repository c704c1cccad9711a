package dev.laurel.tool.nrps;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.laurel.tool.services.PlatformHttpClient;
import dev.laurel.tool.services.PlatformRequest;
import dev.laurel.tool.services.PlatformResponse;
import dev.laurel.tool.services.PlatformServiceException;
import dev.laurel.tool.services.PlatformServices;
import dev.laurel.tool.services.ServiceUrls;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The NRPS membership service: pages of a context's (or one resource link's) members, all members across
 * pages, and the {@code differences} link a platform may give for the next, cheaper sync.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-nrps/v2p0#membership-container-media-type">NRPS §2</a>
 */
@Component
public final class NrpsMembershipClient {

    public static final String SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    public static final String MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

    /** Error code when the launch carried no memberships URL. */
    public static final String NOT_OFFERED = "nrps_not_offered";

    private final PlatformHttpClient http;

    private final JsonMapper json;

    public NrpsMembershipClient(PlatformHttpClient http, JsonMapper json) {
        this.http = http;
        this.json = json;
    }

    /** The first page's URL for {@code query}. */
    public URI firstPage(PlatformServices services, MembershipQuery query) {
        if (services.membershipsUrl() == null) {
            throw new PlatformServiceException(NOT_OFFERED, services.registrationId(), 0,
                    "the platform offers no memberships endpoint for this context", null);
        }
        return ServiceUrls.withQuery(services.membershipsUrl(), query.parameters());
    }

    /** The page at {@code pageUrl} (a first page, a {@code next} or a {@code differences} link). */
    public MembershipPage page(PlatformServices services, URI pageUrl) {
        PlatformResponse response = http.exchange(services, PlatformRequest.get(pageUrl, SCOPE, MEDIA_TYPE));
        Container container = json.readValue(response.body(), Container.class);
        return new MembershipPage(container.context() == null ? null : container.context().id(),
                container.members() == null ? List.of() : container.members(),
                response.link("next", pageUrl).orElse(null), response.link("differences", pageUrl).orElse(null));
    }

    /** Every member matching {@code query}, across all pages. */
    public List<Member> members(PlatformServices services, MembershipQuery query) {
        List<Member> all = new ArrayList<>();
        URI next = firstPage(services, query);
        while (next != null) {
            MembershipPage page = page(services, next);
            all.addAll(page.members());
            next = page.next();
        }
        return all;
    }

    /** The membership container body. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Container(String id, Context context, List<Member> members) {
    }

    /** The container's context. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Context(String id, String label, String title) {
    }
}
