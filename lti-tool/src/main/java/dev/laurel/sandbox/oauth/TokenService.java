package dev.laurel.sandbox.oauth;

import dev.laurel.sandbox.platform.Lti;
import dev.laurel.sandbox.registration.ToolRegistration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The client_credentials grant for LTI services
 * (<a href="https://www.imsglobal.org/spec/security/v1p0/#using-json-web-tokens-with-oauth-2-0-client-credentials-grant">Security
 * Framework §4.1</a>): answers an access token response (RFC 6749 §5.1) or a rejection (§5.2).
 */
@Service
public class TokenService {

    static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static final Logger log = LoggerFactory.getLogger(TokenService.class);

    private final ClientAssertionVerifier assertions;
    private final AccessTokens tokens;

    TokenService(ClientAssertionVerifier assertions, AccessTokens tokens) {
        this.assertions = assertions;
        this.tokens = tokens;
    }

    /** Handles the token request's form parameters. */
    public Map<String, Object> grant(Map<String, String> form) {
        try {
            return grantOrReject(form);
        } catch (TokenRequestRejectedException e) {
            log.info("Token request refused: {} {}", e.error(), e.code());
            throw e;
        }
    }

    private Map<String, Object> grantOrReject(Map<String, String> form) {
        String grantType = form.get("grant_type");
        if (grantType == null || grantType.isBlank()) {
            throw new TokenRequestRejectedException("invalid_request", "grant_type_missing", "grant_type is required");
        }
        // Security Framework §4.1: only the client_credentials grant
        if (!"client_credentials".equals(grantType)) {
            throw new TokenRequestRejectedException("unsupported_grant_type", "grant_type_unsupported",
                    "only client_credentials is supported");
        }
        if (form.get("client_assertion") == null || form.get("client_assertion").isBlank()) {
            throw new TokenRequestRejectedException("invalid_client", "client_assertion_missing", "client_assertion is required");
        }
        // RFC 7523 §2.2: the JWT bearer client assertion type
        if (!JWT_BEARER.equals(form.get("client_assertion_type"))) {
            throw new TokenRequestRejectedException("invalid_client", "client_assertion_type_unsupported",
                    "client_assertion_type must be " + JWT_BEARER);
        }
        ToolRegistration tool = assertions.verify(form.get("client_assertion"));
        List<String> scopes = Arrays.stream(form.getOrDefault("scope", "").split(" ")).filter(s -> !s.isBlank()).distinct().toList();
        if (scopes.isEmpty()) {
            throw new TokenRequestRejectedException("invalid_scope", "scope_missing", "name the LTI service scopes wanted");
        }
        for (String scope : scopes) {
            // RFC 6749 §3.3: only scopes the tool registered for and the platform offers
            if (!Lti.SERVICE_SCOPES.contains(scope) || !tool.scopes().contains(scope)) {
                throw new TokenRequestRejectedException("invalid_scope", "scope_not_granted",
                        "the tool is not registered for scope " + scope);
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", tokens.issue(tool.clientId(), scopes));
        body.put("token_type", "Bearer");
        body.put("expires_in", AccessTokens.LIFETIME.toSeconds());
        body.put("scope", String.join(" ", scopes));
        return body;
    }
}
