package dev.laurel.sandbox.oauth;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.laurel.sandbox.platform.PlatformUrls;
import dev.laurel.sandbox.platform.UsedJwtIds;
import dev.laurel.sandbox.registration.ToolJwks;
import dev.laurel.sandbox.registration.ToolRegistration;
import dev.laurel.sandbox.registration.ToolRegistrations;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Authenticates a tool by its JWT client assertion
 * (<a href="https://www.imsglobal.org/spec/security/v1p0/#using-json-web-tokens-with-oauth-2-0-client-credentials-grant">Security
 * Framework §4.1.1</a>, <a href="https://www.rfc-editor.org/rfc/rfc7523#section-3">RFC 7523 §3</a>): RS256 signature
 * by a key of the registered tool's JWKS, {@code iss} = {@code sub} = client id, {@code aud} containing the token
 * endpoint, {@code exp}/{@code iat} within {@link #CLOCK_SKEW}, and a {@code jti} used only once.
 */
@Component
class ClientAssertionVerifier {

    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    static final Duration MAX_LIFETIME = Duration.ofMinutes(60);

    private final ToolRegistrations registrations;
    private final ToolJwks jwks;
    private final UsedJwtIds usedJwtIds;
    private final PlatformUrls urls;
    private final Clock clock;

    ClientAssertionVerifier(ToolRegistrations registrations, ToolJwks jwks, UsedJwtIds usedJwtIds, PlatformUrls urls,
            Clock clock) {
        this.registrations = registrations;
        this.jwks = jwks;
        this.usedJwtIds = usedJwtIds;
        this.urls = urls;
        this.clock = clock;
    }

    /** The registered tool the assertion authenticates, or a rejection with {@code invalid_client}. */
    ToolRegistration verify(String assertion) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(assertion);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw rejected("client_assertion_malformed", "the client assertion is not a signed JWT");
        }
        // RFC 7523 §3 (1),(2): iss and sub are both the client id
        if (claims.getIssuer() == null || !claims.getIssuer().equals(claims.getSubject())) {
            throw rejected("client_assertion_issuer_mismatch", "iss and sub must both be the client id");
        }
        ToolRegistration tool = registrations.findByClientId(claims.getIssuer())
                .orElseThrow(() -> rejected("client_unknown", "no tool is registered with this client id"));
        String signatureProblem = jwks.verify(tool, jwt);
        if (signatureProblem != null) {
            throw rejected("client_assertion_" + signatureProblem, "the client assertion's signature does not verify with the tool's JWKS");
        }
        // RFC 7523 §3 (3): the token endpoint is an intended audience
        if (claims.getAudience() == null || !claims.getAudience().contains(urls.token())) {
            throw rejected("client_assertion_audience_invalid", "aud must contain " + urls.token());
        }
        Date now = Date.from(clock.instant());
        // RFC 7523 §3 (4): not expired
        if (claims.getExpirationTime() == null) {
            throw rejected("client_assertion_exp_missing", "the client assertion must carry exp");
        }
        if (claims.getExpirationTime().getTime() + CLOCK_SKEW.toMillis() < now.getTime()) {
            throw rejected("client_assertion_expired", "the client assertion has expired");
        }
        if (claims.getExpirationTime().getTime() - now.getTime() > MAX_LIFETIME.toMillis()) {
            throw rejected("client_assertion_lifetime_too_long", "exp is more than an hour away");
        }
        // RFC 7523 §3 (6): not issued in the future
        if (claims.getIssueTime() != null && claims.getIssueTime().getTime() - CLOCK_SKEW.toMillis() > now.getTime()) {
            throw rejected("client_assertion_issued_in_future", "iat is in the future");
        }
        // RFC 7523 §3 (7), Security Framework §4.1.1: jti used once
        if (claims.getJWTID() == null || claims.getJWTID().isBlank()) {
            throw rejected("client_assertion_jti_missing", "the client assertion must carry jti");
        }
        if (!usedJwtIds.firstUse("client-assertion:" + tool.clientId(), claims.getJWTID(),
                claims.getExpirationTime().getTime() + CLOCK_SKEW.toMillis())) {
            throw rejected("client_assertion_jti_replayed", "this client assertion was already used");
        }
        return tool;
    }

    private static TokenRequestRejectedException rejected(String code, String description) {
        return new TokenRequestRejectedException("invalid_client", code, description);
    }
}
