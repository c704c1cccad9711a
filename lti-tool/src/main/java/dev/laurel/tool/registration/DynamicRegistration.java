package dev.laurel.tool.registration;

import dev.laurel.tool.LaurelProperties;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The tool side of LTI Dynamic Registration: fetch and check the platform's configuration, register Laurel
 * as a client, store the registration with any deployment the platform returned.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dr/v1p0#registration-flow">Dynamic Registration §3 Registration flow</a>
 */
@Component
public final class DynamicRegistration {

    private static final Logger log = LoggerFactory.getLogger(DynamicRegistration.class);

    private final DynamicRegistrationClient client;
    private final PlatformAddressPolicy addresses;
    private final PlatformRegistrations registrations;
    private final ToolConfiguration tool;
    private final RegistrationProperties properties;
    private final boolean requireHttps;

    DynamicRegistration(DynamicRegistrationClient client, PlatformAddressPolicy addresses,
            PlatformRegistrations registrations, ToolConfiguration tool, RegistrationProperties properties,
            LaurelProperties laurel) {
        this.client = client;
        this.addresses = addresses;
        this.registrations = registrations;
        this.tool = tool;
        this.properties = properties;
        this.requireHttps = laurel.requireHttps();
    }

    /**
     * Registers Laurel with the platform that sent the admin here.
     *
     * @param openIdConfiguration the {@code openid_configuration} parameter
     * @param registrationToken the {@code registration_token} parameter (may be absent)
     * @throws DynamicRegistrationException with a specific code; {@link DuplicateRegistrationException} when
     *         the platform returned a client id that is already registered
     */
    public DynamicRegistrationOutcome register(String openIdConfiguration, String registrationToken) {
        try {
            return registerChecked(openIdConfiguration, registrationToken);
        }
        catch (DynamicRegistrationException ex) {
            log.warn("Dynamic registration failed: {} ({})", ex.code(), ex.detail());
            throw ex;
        }
    }

    private DynamicRegistrationOutcome registerChecked(String openIdConfiguration, String registrationToken) {
        if (!properties.dynamicEnabled()) {
            throw new DynamicRegistrationException(DynamicRegistrationException.DISABLED,
                    "Dynamic Registration is turned off on this Laurel; register it manually");
        }
        if (openIdConfiguration == null || openIdConfiguration.isBlank()) {
            throw new DynamicRegistrationException(DynamicRegistrationException.MISSING_OPENID_CONFIGURATION,
                    "open this page from your LMS's Dynamic Registration (it adds openid_configuration)");
        }
        // Dynamic Registration §3.3: the configuration URL is fetched, so it must be a web URL
        URI configurationUrl = PlatformUrls.parse(openIdConfiguration, requireHttps)
                .orElseThrow(() -> new DynamicRegistrationException(
                        DynamicRegistrationException.INVALID_OPENID_CONFIGURATION_URL,
                        "openid_configuration must be an absolute " + PlatformUrls.scheme(requireHttps) + " URL"));
        PlatformOpenIdConfiguration platform = PlatformOpenIdConfiguration.from(
                client.fetchConfiguration(configurationUrl, registrationToken), configurationUrl,
                properties.crossOriginIssuers(), requireHttps);
        // the stored URLs are called later (key sets at launch, tokens for services): refuse internal ones now
        addresses.checkEndpoints(platform);
        JsonNode response = client.register(platform.registrationEndpoint(), registrationToken,
                ToolRegistrationRequest.forPlatform(tool, platform.family()));
        JsonNode clientId = response.get("client_id");
        if (clientId == null || !clientId.isValueNode() || clientId.asString().isBlank()) {
            throw new DynamicRegistrationException(DynamicRegistrationException.INVALID_REGISTRATION_RESPONSE,
                    "the platform's registration response has no client_id");
        }
        List<String> deploymentIds = deploymentIds(response);
        PlatformRegistration stored = registrations.register(new NewRegistration(platform.issuer(), clientId.asString(),
                platform.authorizationEndpoint(), platform.tokenEndpoint(), platform.jwksUri(),
                platform.authorizationServer(), platformName(platform), RegistrationSource.DYNAMIC,
                deploymentIds.isEmpty(), deploymentIds));
        log.info("Registered platform {} (client_id {}) by Dynamic Registration as registration {} with {} deployment(s)",
                stored.issuer(), stored.clientId(), stored.id(), deploymentIds.size());
        return new DynamicRegistrationOutcome(stored, platform.family());
    }

    private static List<String> deploymentIds(JsonNode response) {
        List<String> ids = new ArrayList<>();
        JsonNode configuration = response.get(ToolRegistrationRequest.TOOL_CONFIGURATION_CLAIM);
        if (configuration != null && configuration.isObject()) {
            JsonNode deploymentId = configuration.get("deployment_id");
            if (deploymentId != null && deploymentId.isValueNode() && !deploymentId.asString().isBlank()) {
                ids.add(deploymentId.asString());
            }
        }
        return ids;
    }

    private static String platformName(PlatformOpenIdConfiguration platform) {
        String family = switch (platform.family()) {
            case MOODLE -> "Moodle";
            case CANVAS -> "Canvas";
            case OTHER -> platform.productFamilyCode();
        };
        return family + " (" + URI.create(platform.issuer()).getHost() + ")";
    }
}
