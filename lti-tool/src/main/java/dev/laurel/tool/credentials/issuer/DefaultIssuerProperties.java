package dev.laurel.tool.credentials.issuer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The instance's default issuer profile, used when a registration has none of its own.
 *
 * @param name the awarding body's name
 * @param url its home page
 * @param email a contact address
 * @param addressCountry the country's name (EU element 3)
 * @param addressCountryCode ISO 3166-1 alpha-2
 * @param proofFormat {@code VC_JWT_RS256}, {@code VC_JWT_ES256} or {@code EDDSA_RDFC_2022}
 */
@ConfigurationProperties("laurel.credentials.default-issuer")
public record DefaultIssuerProperties(
        @DefaultValue("Laurel") String name,
        @DefaultValue("https://github.com/laurel-badges/laurel") String url,
        String email,
        @DefaultValue("Belgium") String addressCountry,
        @DefaultValue("BE") String addressCountryCode,
        @DefaultValue("VC_JWT_RS256") String proofFormat) {
}
