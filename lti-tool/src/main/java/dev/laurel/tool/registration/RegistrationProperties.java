package dev.laurel.tool.registration;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Registration settings.
 *
 * @param dynamicEnabled whether {@code /lti/register} accepts Dynamic Registration
 * @param crossOriginIssuers issuers whose openid-configuration may be served from another origin than the
 *        issuer's (Canvas: one issuer, every instance serves its own configuration)
 * @param connectTimeout connect timeout for the platform's configuration and registration endpoints
 * @param readTimeout read timeout for the same
 * @param allowPrivateAddresses whether Laurel may call platforms on loopback, private, link-local or other
 *        non-public addresses, in Dynamic Registration and in every later call to any registered platform (true by
 *        default for the built-in sandbox; false in production, so an anonymous registration request cannot make
 *        Laurel call into its own network); see {@link PlatformAddressPolicy}
 */
@ConfigurationProperties("laurel.registration")
public record RegistrationProperties(@DefaultValue("true") boolean dynamicEnabled,
        @DefaultValue({"https://canvas.instructure.com", "https://canvas.beta.instructure.com",
                "https://canvas.test.instructure.com"}) List<String> crossOriginIssuers,
        @DefaultValue("5s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("true") boolean allowPrivateAddresses) {

    public RegistrationProperties {
        crossOriginIssuers = crossOriginIssuers == null ? List.of() : List.copyOf(crossOriginIssuers);
    }
}
