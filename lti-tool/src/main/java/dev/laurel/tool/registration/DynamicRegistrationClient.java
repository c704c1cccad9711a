package dev.laurel.tool.registration;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two HTTP calls of Dynamic Registration: GET the platform's OpenID configuration and POST the client
 * registration, both with the registration token as a Bearer token (Canvas requires it on the GET; Moodle
 * ignores it there). Redirects are not followed; connections go only to addresses the {@link PlatformAddressPolicy}
 * allows ({@code platform_address_not_public} otherwise). The token is never logged.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dr/v1p0#registration-request">Dynamic Registration §3.5</a>
 */
@Component
class DynamicRegistrationClient {

    private static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final int MAX_SHOWN_ERROR_CHARS = 2000;

    private final RestClient http;
    private final JsonMapper json;

    DynamicRegistrationClient(RegistrationProperties properties, PlatformConnections connections, JsonMapper json) {
        this.http = RestClient.builder().requestFactory(connections.requestFactory(new PlatformConnections.Settings(
                properties.connectTimeout(), properties.readTimeout(), 2, 0))).build();
        this.json = json;
    }

    /** The platform's OpenID configuration as JSON. */
    JsonNode fetchConfiguration(URI configurationUrl, String registrationToken) {
        Answer answer;
        try {
            answer = http.get().uri(configurationUrl)
                    .headers(headers -> bearer(headers, registrationToken))
                    .accept(MediaType.APPLICATION_JSON)
                    .exchange((request, response) -> new Answer(response.getStatusCode().value(), read(response.getBody())));
        }
        catch (ResourceAccessException ex) {
            refuseNonPublic("openid_configuration", configurationUrl, ex);
            throw new DynamicRegistrationException(DynamicRegistrationException.OPENID_CONFIGURATION_UNREACHABLE,
                    "Laurel could not reach " + PlatformUrls.origin(configurationUrl) + " (" + rootMessage(ex) + ")");
        }
        if (answer.status() != 200) {
            throw new DynamicRegistrationException(DynamicRegistrationException.OPENID_CONFIGURATION_UNREACHABLE,
                    "the platform answered HTTP " + answer.status() + " for its OpenID configuration",
                    shorten(answer.body()));
        }
        return parse(answer.body(), DynamicRegistrationException.INVALID_OPENID_CONFIGURATION,
                "the OpenID configuration is not valid JSON");
    }

    /** POSTs the client registration; the platform's answer as JSON. */
    JsonNode register(URI registrationEndpoint, String registrationToken, Object registration) {
        Answer answer;
        try {
            answer = http.post().uri(registrationEndpoint)
                    .headers(headers -> bearer(headers, registrationToken))
                    .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                    .body(json.writeValueAsString(registration))
                    .exchange((request, response) -> new Answer(response.getStatusCode().value(), read(response.getBody())));
        }
        catch (ResourceAccessException ex) {
            refuseNonPublic("registration_endpoint", registrationEndpoint, ex);
            throw new DynamicRegistrationException(DynamicRegistrationException.REGISTRATION_UNREACHABLE,
                    "Laurel could not reach the registration endpoint " + PlatformUrls.origin(registrationEndpoint)
                            + " (" + rootMessage(ex) + ")");
        }
        if (answer.status() < 200 || answer.status() > 299) {
            throw new DynamicRegistrationException(DynamicRegistrationException.REGISTRATION_REJECTED,
                    "the platform refused the registration with HTTP " + answer.status(), shorten(answer.body()));
        }
        return parse(answer.body(), DynamicRegistrationException.INVALID_REGISTRATION_RESPONSE,
                "the platform's registration response is not valid JSON");
    }

    private JsonNode parse(String body, String code, String detail) {
        try {
            return json.readTree(body);
        }
        catch (JacksonException ex) {
            throw new DynamicRegistrationException(code, detail, shorten(body));
        }
    }

    private static void refuseNonPublic(String name, URI url, ResourceAccessException failure) {
        PlatformAddressNotPublicException.in(failure).ifPresent(refusal -> {
            throw DynamicRegistrationException.notPublic(name, url, refusal);
        });
    }

    private static void bearer(HttpHeaders headers, String registrationToken) {
        if (registrationToken != null && !registrationToken.isBlank()) {
            headers.setBearerAuth(registrationToken);
        }
    }

    private static String read(InputStream body) throws IOException {
        return new String(body.readNBytes(MAX_BODY_BYTES), StandardCharsets.UTF_8);
    }

    private static String shorten(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        return body.length() > MAX_SHOWN_ERROR_CHARS ? body.substring(0, MAX_SHOWN_ERROR_CHARS) + "…" : body;
    }

    private static String rootMessage(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    private record Answer(int status, String body) {
    }
}
