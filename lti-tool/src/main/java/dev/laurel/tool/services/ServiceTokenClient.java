package dev.laurel.tool.services;

import dev.laurel.tool.keys.ToolKeys;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.endpoint.NimbusJwtClientAuthenticationParametersConverter;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Obtains LTI Advantage access tokens with the OAuth2 client_credentials grant and a JWT client assertion
 * ({@code private_key_jwt}: iss = sub = client id, aud = the token endpoint or named authorization server,
 * iat, exp, jti, signed RS256 with the tool's current key and its {@code kid}), and caches them per
 * (registration, scope set) until shortly before they expire. Tokens and assertions are never logged.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#using-json-web-tokens-with-oauth-2-0-client-credentials-grant">Security Framework §4.1</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7523#section-2.2">RFC 7523 §2.2</a>
 */
public final class ServiceTokenClient {

    private final RestClientClientCredentialsTokenResponseClient tokenResponseClient;

    private final Clock clock;

    private final ServicesProperties properties;

    private final PlatformErrorBodies errorBodies;

    private final ConcurrentHashMap<TokenKey, CachedToken> cache = new ConcurrentHashMap<>();

    private final ConcurrentHashMap<TokenKey, Object> locks = new ConcurrentHashMap<>();

    public ServiceTokenClient(ObjectProvider<ToolKeys> toolKeys, ClientHttpRequestFactory requestFactory, Clock clock,
            ServicesProperties properties, JsonMapper json) {
        this.clock = clock;
        this.errorBodies = new PlatformErrorBodies(json);
        this.properties = properties;
        NimbusJwtClientAuthenticationParametersConverter<OAuth2ClientCredentialsGrantRequest> assertions =
                new NimbusJwtClientAuthenticationParametersConverter<>(registration -> toolKeys.getObject().currentSigningKey());
        assertions.setJwtClientAssertionCustomizer(context -> {
            Instant now = clock.instant();
            String audience = context.getAuthorizationGrantRequest().getClientRegistration()
                    .getProviderDetails().getConfigurationMetadata().getOrDefault("aud", "").toString();
            context.getClaims().audience(List.of(audience)).issuedAt(now)
                    .expiresAt(now.plus(properties.assertionLifetime())).id(UUID.randomUUID().toString());
        });
        this.tokenResponseClient = new RestClientClientCredentialsTokenResponseClient();
        this.tokenResponseClient.addParametersConverter(assertions);
        this.tokenResponseClient.setRestClient(RestClient.builder()
                .requestFactory(requestFactory)
                .messageConverters(converters -> {
                    converters.clear();
                    converters.add(new FormHttpMessageConverter());
                    converters.add(new OAuth2AccessTokenResponseHttpMessageConverter());
                })
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
    }

    /** A valid access token for {@code scopes} at the platform, from the cache when one is still fresh. */
    public String accessToken(PlatformServices services, Set<String> scopes) {
        TokenKey key = TokenKey.of(services.registrationId(), scopes);
        CachedToken cached = cache.get(key);
        if (cached != null && cached.freshAt(clock.instant())) {
            return cached.value();
        }
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            cached = cache.get(key);
            if (cached != null && cached.freshAt(clock.instant())) {
                return cached.value();
            }
            CachedToken fresh = request(services, key);
            cache.put(key, fresh);
            return fresh.value();
        }
    }

    /** Forgets {@code rejectedToken} after a service answered 401, so the next call asks for a new one. */
    public void invalidate(PlatformServices services, Set<String> scopes, String rejectedToken) {
        TokenKey key = TokenKey.of(services.registrationId(), scopes);
        cache.computeIfPresent(key, (k, cached) -> cached.value().equals(rejectedToken) ? null : cached);
    }

    private CachedToken request(PlatformServices services, TokenKey key) {
        ClientRegistration registration = ClientRegistration.withRegistrationId("lti-" + services.registrationId())
                .clientId(services.clientId())
                .clientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(services.tokenUrl().toString())
                .providerConfigurationMetadata(Map.of("aud", services.assertionAudience()))
                .scope(key.scopes())
                .build();
        try {
            OAuth2AccessToken token = tokenResponseClient
                    .getTokenResponse(new OAuth2ClientCredentialsGrantRequest(registration)).getAccessToken();
            Duration lifetime = token.getIssuedAt() == null || token.getExpiresAt() == null ? Duration.ZERO
                    : Duration.between(token.getIssuedAt(), token.getExpiresAt());
            Instant now = clock.instant();
            Duration skew = lifetime.compareTo(properties.tokenRefreshSkew().multipliedBy(2)) > 0
                    ? properties.tokenRefreshSkew() : lifetime.dividedBy(2);
            return new CachedToken(token.getTokenValue(), now.plus(lifetime).minus(skew));
        }
        catch (OAuth2AuthorizationException ex) {
            throw failure(services.registrationId(), ex);
        }
    }

    /**
     * What a failed token request means. Spring Security wraps every failure of the request, I/O and unexpected
     * statuses included, in an {@link OAuth2AuthorizationException}: the address policy's refusal stays
     * {@code platform_address_not_public}; no answer (refused, reset, timed out) and 5xx are
     * {@code platform_unavailable}, 429 {@code platform_rate_limited}, both with the endpoint's {@code Retry-After};
     * any other answer, an OAuth2 error such as {@code invalid_client}, is {@code service_token_rejected}.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-5.2">RFC 6749 §5.2 Error Response</a>
     */
    private PlatformServiceException failure(long registrationId, OAuth2AuthorizationException ex) {
        PlatformAddressRefusedException.throwIfRefused(registrationId, ex);
        RestClientResponseException response = cause(ex, RestClientResponseException.class);
        if (response == null && cause(ex, IOException.class) != null) {
            return new PlatformUnavailableException(PlatformUnavailableException.UNAVAILABLE, registrationId, 0,
                    "token endpoint unreachable", ex);
        }
        int status = response == null ? 0 : response.getStatusCode().value();
        String message = response == null ? null : errorBodies.message(response.getResponseBodyAsByteArray());
        if (status == 429 || status >= 500) {
            String code = status == 429 ? PlatformUnavailableException.RATE_LIMITED : PlatformUnavailableException.UNAVAILABLE;
            Duration retryAfter = RetryAfter.parse(response.getResponseHeaders() == null ? null
                    : response.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER), clock).orElse(null);
            return new PlatformUnavailableException(code, registrationId, status,
                    "token endpoint" + (message == null ? "" : ": " + message), ex, retryAfter);
        }
        if (message == null) {
            OAuth2Error error = ex.getError();
            message = error.getDescription() == null ? error.getErrorCode()
                    : error.getErrorCode() + ": " + error.getDescription();
        }
        return new ServiceTokenException(ServiceTokenException.REJECTED, registrationId, status, message, ex);
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private record TokenKey(long registrationId, Set<String> scopes) {

        static TokenKey of(long registrationId, Set<String> scopes) {
            return new TokenKey(registrationId, new TreeSet<>(scopes));
        }
    }

    private record CachedToken(String value, Instant renewAt) {

        boolean freshAt(Instant now) {
            return now.isBefore(renewAt);
        }

        @Override
        public String toString() {
            return "CachedToken[renewAt=" + renewAt + "]";
        }
    }
}
