package dev.laurel.tool.services;

/**
 * The platform's token endpoint refused the client-credentials request ({@code service_token_rejected}, with
 * the OAuth2 error and description, e.g. {@code invalid_client}), or a service kept refusing fresh tokens
 * ({@code service_unauthorized}). Not retried; a token endpoint that does not answer, or answers 5xx or 429, is a
 * {@link PlatformUnavailableException} instead.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#using-json-web-tokens-with-oauth-2-0-client-credentials-grant">Security Framework §4.1</a>
 */
public final class ServiceTokenException extends PlatformServiceException {

    public static final String REJECTED = "service_token_rejected";

    public static final String UNAUTHORIZED = "service_unauthorized";

    public ServiceTokenException(String code, long registrationId, int status, String platformMessage, Throwable cause) {
        super(code, registrationId, status, platformMessage, cause);
    }
}
