package dev.laurel.tool.registration;

import java.net.URI;
import java.time.Instant;
import org.springframework.util.Assert;

/**
 * One platform registration: the platform's issuer and the client id it gave Laurel, with its endpoints.
 *
 * @param id Laurel's id (also in the per-registration login URL {@code /lti/login/{id}})
 * @param issuer the platform's {@code iss}
 * @param clientId the OAuth2 client id the platform assigned to Laurel
 * @param authorizationUrl the platform's OIDC authorization endpoint (login response goes there)
 * @param tokenUrl the platform's OAuth2 token endpoint (AGS / NRPS service tokens)
 * @param jwksUrl the platform's public key set
 * @param tokenAudience the {@code aud} of client assertions when it is not the token URL; {@code null} otherwise
 * @param platformName a display name (from the platform's configuration, or the issuer's host)
 * @param source how it was registered
 * @param acceptsNewDeployments whether unknown deployment ids are added on first launch (Canvas-style)
 * @param createdAt when it was registered
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#platform-tool-relationship">LTI 1.3 Core §3</a>
 */
public record PlatformRegistration(long id, String issuer, String clientId, URI authorizationUrl, URI tokenUrl,
        URI jwksUrl, String tokenAudience, String platformName, RegistrationSource source,
        boolean acceptsNewDeployments, Instant createdAt) {

    public PlatformRegistration {
        Assert.hasText(issuer, "issuer cannot be empty");
        Assert.hasText(clientId, "clientId cannot be empty");
        Assert.notNull(authorizationUrl, "authorizationUrl cannot be null");
        Assert.notNull(tokenUrl, "tokenUrl cannot be null");
        Assert.notNull(jwksUrl, "jwksUrl cannot be null");
        Assert.notNull(source, "source cannot be null");
        Assert.notNull(createdAt, "createdAt cannot be null");
    }

    /** The {@code aud} for client assertions to the token endpoint: the token audience if set, else the token URL. */
    public String clientAssertionAudience() {
        return tokenAudience != null ? tokenAudience : tokenUrl.toString();
    }

    /** The path of this registration's own login initiation URL, relative to Laurel's public URL. */
    public String loginPath() {
        return loginPath(id);
    }

    /** The path of a registration's own login initiation URL: {@code /lti/login/{registrationId}}. */
    public static String loginPath(long registrationId) {
        return "/lti/login/" + registrationId;
    }
}
