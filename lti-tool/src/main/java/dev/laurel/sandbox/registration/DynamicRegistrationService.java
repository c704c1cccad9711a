package dev.laurel.sandbox.registration;

import dev.laurel.sandbox.platform.Lti;
import dev.laurel.sandbox.platform.PlatformSecrets;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform side of a tool registration request: checks the tool's OpenID client metadata and answers
 * with the registered client, as Moodle 4.x does
 * (<a href="https://www.imsglobal.org/spec/lti-dr/v1p0#tool-registration-request">Dynamic Registration §3.5</a>).
 */
@Service
public class DynamicRegistrationService {

    private static final Logger log = LoggerFactory.getLogger(DynamicRegistrationService.class);
    private static final Set<String> MESSAGE_TYPES = Set.of(Lti.RESOURCE_LINK_REQUEST, Lti.DEEP_LINKING_REQUEST);

    private final RegistrationTokens tokens;
    private final ToolRegistrations registrations;
    private final PlatformSecrets secrets;
    private final Clock clock;

    DynamicRegistrationService(RegistrationTokens tokens, ToolRegistrations registrations, PlatformSecrets secrets,
            Clock clock) {
        this.tokens = tokens;
        this.registrations = registrations;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** Registers the tool described by {@code request} when {@code registrationToken} is valid and unused. */
    @Transactional
    public Map<String, Object> register(String registrationToken, Map<String, Object> request) {
        RegistrationTokens.Refusal refusal = tokens.consume(registrationToken);
        if (refusal != null) {
            log.info("Tool registration refused: {}", refusal);
            throw RegistrationRejectedException.token(refusal);
        }
        ToolRegistration registration = registrations.add(validate(request));
        log.info("Tool registered: client_id={} name={}", registration.clientId(), registration.clientName());
        return response(registration, request);
    }

    private ToolRegistration validate(Map<String, Object> request) {
        // DR §3.5.1 / OIDC Registration §2: the client metadata an LTI tool must send
        String applicationType = optionalString(request, "application_type", "web");
        if (!"web".equals(applicationType)) {
            throw RegistrationRejectedException.metadata("application_type_unsupported", "application_type must be \"web\"");
        }
        List<String> grantTypes = strings(request, "grant_types");
        if (!grantTypes.containsAll(List.of("implicit", "client_credentials"))) {
            throw RegistrationRejectedException.metadata("grant_types_invalid",
                    "grant_types must contain \"implicit\" and \"client_credentials\"");
        }
        if (!strings(request, "response_types").contains("id_token")) {
            throw RegistrationRejectedException.metadata("response_types_invalid", "response_types must contain \"id_token\"");
        }
        if (!"private_key_jwt".equals(optionalString(request, "token_endpoint_auth_method", "private_key_jwt"))) {
            throw RegistrationRejectedException.metadata("token_endpoint_auth_method_unsupported",
                    "token_endpoint_auth_method must be \"private_key_jwt\"");
        }
        String initiateLoginUri = url(request, "initiate_login_uri");
        String jwksUri = url(request, "jwks_uri");
        List<String> redirectUris = strings(request, "redirect_uris");
        if (redirectUris.isEmpty()) {
            throw RegistrationRejectedException.redirectUri("redirect_uris_missing", "redirect_uris must list at least one URL");
        }
        for (String redirectUri : redirectUris) {
            if (!isHttpUrl(redirectUri)) {
                throw RegistrationRejectedException.redirectUri("redirect_uri_invalid", "not an absolute http(s) URL: " + redirectUri);
            }
        }
        String clientName = optionalString(request, "client_name", "");
        if (clientName.isBlank()) {
            throw RegistrationRejectedException.metadata("client_name_missing", "client_name is required");
        }
        if (!(request.get(Lti.TOOL_CONFIGURATION) instanceof Map<?, ?> rawConfiguration)) {
            throw RegistrationRejectedException.metadata("tool_configuration_missing",
                    "the " + Lti.TOOL_CONFIGURATION + " object is required");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> configuration = (Map<String, Object>) rawConfiguration;
        String domain = optionalString(configuration, "domain", "");
        if (domain.isBlank()) {
            throw RegistrationRejectedException.metadata("domain_missing", "the tool configuration's domain is required");
        }
        String targetLinkUri = url(configuration, "target_link_uri");
        // DR §3.5.2: the tool's URLs live on the domain it declares
        List<String> onDomain = new ArrayList<>(List.of(targetLinkUri, initiateLoginUri));
        onDomain.addAll(redirectUris);
        for (String uri : onDomain) {
            if (!onDomain(uri, domain)) {
                throw RegistrationRejectedException.metadata("uri_outside_domain", uri + " is not on the tool's domain " + domain);
            }
        }
        List<Map<String, Object>> messages = messages(configuration);
        List<String> scopes = Arrays.stream(optionalString(request, "scope", "").split(" "))
                .filter(Lti.SERVICE_SCOPES::contains).distinct().toList();
        Map<String, Object> custom = configuration.get("custom_parameters") instanceof Map<?, ?> map
                ? new LinkedHashMap<>(castMap(map)) : new LinkedHashMap<>();
        return new ToolRegistration(0, secrets.randomToken().substring(0, 16), "", clientName, initiateLoginUri,
                targetLinkUri, jwksUri, redirectUris, domain, scopes, strings(configuration, "claims"), messages, custom,
                optionalString(request, "logo_uri", null), clock.millis());
    }

    private static Map<String, Object> response(ToolRegistration registration, Map<String, Object> request) {
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put("version", Lti.LTI_VERSION);
        configuration.put("deployment_id", registration.deploymentId());
        configuration.put("target_link_uri", registration.targetLinkUri());
        configuration.put("domain", registration.domain());
        if (request.get(Lti.TOOL_CONFIGURATION) instanceof Map<?, ?> sent && sent.get("description") instanceof String d) {
            configuration.put("description", d);
        }
        configuration.put("claims", registration.claims());
        configuration.put("messages", registration.messages());
        configuration.put("custom_parameters", registration.custom());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("client_id", registration.clientId());
        body.put("response_types", List.of("id_token"));
        body.put("jwks_uri", registration.jwksUri());
        body.put("initiate_login_uri", registration.initiateLoginUri());
        body.put("grant_types", List.of("client_credentials", "implicit"));
        body.put("redirect_uris", registration.redirectUris());
        body.put("application_type", "web");
        body.put("token_endpoint_auth_method", "private_key_jwt");
        body.put("client_name", registration.clientName());
        if (registration.logoUri() != null) {
            body.put("logo_uri", registration.logoUri());
        }
        body.put("scope", String.join(" ", registration.scopes()));
        body.put(Lti.TOOL_CONFIGURATION, configuration);
        return body;
    }

    private static List<Map<String, Object>> messages(Map<String, Object> configuration) {
        List<Map<String, Object>> messages = new ArrayList<>();
        if (configuration.get("messages") instanceof List<?> list) {
            for (Object entry : list) {
                if (!(entry instanceof Map<?, ?> message) || !(message.get("type") instanceof String)) {
                    throw RegistrationRejectedException.metadata("message_invalid", "each message needs a string \"type\"");
                }
                if (MESSAGE_TYPES.contains(message.get("type"))) {
                    if (message.get("target_link_uri") instanceof String uri && !isHttpUrl(uri)) {
                        throw RegistrationRejectedException.metadata("message_target_link_uri_invalid", "not an absolute URL: " + uri);
                    }
                    messages.add(new LinkedHashMap<>(castMap(message)));
                }
            }
        }
        return messages;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static boolean onDomain(String uri, String domain) {
        URI parsed = URI.create(uri);
        String bare = domain.contains(":") ? domain.substring(0, domain.indexOf(':')) : domain;
        return domain.equalsIgnoreCase(parsed.getRawAuthority()) || bare.equalsIgnoreCase(parsed.getHost())
                || parsed.getHost().toLowerCase().endsWith("." + bare.toLowerCase());
    }

    private static String url(Map<String, Object> map, String name) {
        String value = optionalString(map, name, "");
        if (!isHttpUrl(value)) {
            throw RegistrationRejectedException.metadata(name + "_invalid", name + " must be an absolute http(s) URL");
        }
        return value;
    }

    static boolean isHttpUrl(String value) {
        try {
            URI uri = URI.create(value);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String optionalString(Map<String, Object> map, String name, String fallback) {
        Object value = map.get(name);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof String text)) {
            throw RegistrationRejectedException.metadata(name + "_invalid", name + " must be a string");
        }
        return text;
    }

    private static List<String> strings(Map<String, Object> map, String name) {
        Object value = map.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            throw RegistrationRejectedException.metadata(name + "_invalid", name + " must be an array of strings");
        }
        return list.stream().map(String.class::cast).toList();
    }
}
