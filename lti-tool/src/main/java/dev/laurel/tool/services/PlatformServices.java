package dev.laurel.tool.services;

import java.net.URI;
import java.util.Set;
import org.springframework.util.Assert;

/**
 * What Laurel needs to call one platform's LTI Advantage services for one course context: the registration's
 * client id and token endpoint, and the AGS / NRPS endpoint claims of the launch.
 *
 * @param registrationId Laurel's registration id (tokens, limits and circuit breakers are kept per registration)
 * @param clientId the tool's OAuth2 client id at the platform
 * @param tokenUrl the platform's OAuth2 token endpoint
 * @param tokenAudience the client assertion's {@code aud} when the platform names an authorization server; null means {@code tokenUrl}
 * @param lineItemsUrl the AGS endpoint claim's {@code lineitems} URL, null when AGS is not offered
 * @param agsScopes the AGS endpoint claim's scopes
 * @param membershipsUrl the NRPS claim's {@code context_memberships_url}, null when NRPS is not offered
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#assignment-and-grade-service-claim">AGS §3.1 claim</a>
 * @see <a href="https://www.imsglobal.org/spec/lti-nrps/v2p0#lti-1-3-integration">NRPS §3.6 claim</a>
 */
public record PlatformServices(long registrationId, String clientId, URI tokenUrl, String tokenAudience,
        URI lineItemsUrl, Set<String> agsScopes, URI membershipsUrl) {

    public PlatformServices {
        Assert.hasText(clientId, "clientId cannot be empty");
        Assert.notNull(tokenUrl, "tokenUrl cannot be null");
        agsScopes = agsScopes == null ? Set.of() : Set.copyOf(agsScopes);
    }

    /** The {@code aud} of the client assertion: the named authorization server, else the token endpoint. */
    public String assertionAudience() {
        return tokenAudience == null || tokenAudience.isBlank() ? tokenUrl.toString() : tokenAudience;
    }

    /** Whether the platform granted {@code scope} for this context. */
    public boolean grants(String scope) {
        return agsScopes.contains(scope);
    }
}
