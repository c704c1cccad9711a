package dev.laurel.sandbox.oauth;

import dev.laurel.sandbox.platform.ServiceProblem;
import org.springframework.stereotype.Component;

/**
 * The bearer-token check of every LTI service call
 * (<a href="https://www.imsglobal.org/spec/security/v1p0/#using-json-web-tokens-with-oauth-2-0-client-credentials-grant">Security
 * Framework §4.1</a>, RFC 6750 §3.1): 401 {@code invalid_token}, 403 {@code insufficient_scope}.
 */
@Component
public class ServiceAuthorization {

    private final AccessTokens tokens;

    ServiceAuthorization(AccessTokens tokens) {
        this.tokens = tokens;
    }

    /** The grant of the request's bearer token when it holds any of {@code scopes}. */
    public AccessGrant require(String authorizationHeader, String... scopes) {
        String token = authorizationHeader != null && authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorizationHeader.substring(7).trim() : null;
        if (token == null || token.isEmpty()) {
            throw new ServiceProblem(401, "invalid_token", "token_missing: send Authorization: Bearer <access token>");
        }
        AccessGrant grant = tokens.authenticate(token)
                .orElseThrow(() -> new ServiceProblem(401, "invalid_token", "token_unknown_or_expired: the access token is not valid"));
        if (!grant.allowsAny(scopes)) {
            throw new ServiceProblem(403, "insufficient_scope", "scope_missing: the access token lacks " + String.join(" or ", scopes));
        }
        return grant;
    }
}
