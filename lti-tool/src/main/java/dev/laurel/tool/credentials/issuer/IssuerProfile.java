package dev.laurel.tool.credentials.issuer;

import org.springframework.util.Assert;

/**
 * An issuer as Open Badges 3.0 describes it in a {@code Profile}.
 *
 * @param slug the issuer's short name in Laurel's URLs
 * @param id the profile's {@code id}: {@code {public-url}/issuers/{slug}}, resolvable over HTTP
 * @param proofFormat how this issuer secures its credentials ({@code ProofFormat} name)
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#profile">Open Badges 3.0 §B.1.12 Profile</a>
 */
public record IssuerProfile(String slug, String id, String name, String url, String email, String imageUrl,
        String addressCountry, String addressCountryCode, String proofFormat) {

    public IssuerProfile {
        Assert.hasText(slug, "slug cannot be empty");
        Assert.hasText(id, "id cannot be empty");
        Assert.hasText(name, "name cannot be empty");
        Assert.isTrue(addressCountryCode != null && addressCountryCode.matches("[A-Z]{2}"),
                "addressCountryCode must be ISO 3166-1 alpha-2");
        Assert.hasText(proofFormat, "proofFormat cannot be empty");
    }

    /** The URL of one of this issuer's keys: the JWT {@code kid} and Data Integrity {@code verificationMethod}. */
    public String keyUrl(String keyId) {
        return id + "/keys/" + keyId;
    }
}
