package dev.laurel.tool.credentials.issuer;

import dev.laurel.tool.LaurelProperties;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.Assert;

/** The issuer profiles Laurel signs for: one per registration or institution, and the instance's default. */
@Component
public class IssuerDirectory {

    public static final String DEFAULT_SLUG = "default";

    private final JdbcClient jdbc;
    private final LaurelProperties laurel;
    private final DefaultIssuerProperties defaults;
    private final Clock clock;

    public IssuerDirectory(JdbcClient jdbc, LaurelProperties laurel, DefaultIssuerProperties defaults, Clock clock) {
        this.jdbc = jdbc;
        this.laurel = laurel;
        this.defaults = defaults;
        this.clock = clock;
    }

    /** The instance's default issuer, created from {@code laurel.credentials.default-issuer} on first use. */
    public IssuerProfile defaultIssuer() {
        return find(DEFAULT_SLUG).orElseGet(() -> register(new IssuerProfile(DEFAULT_SLUG, idFor(DEFAULT_SLUG),
                defaults.name(), defaults.url(), defaults.email(), null, defaults.addressCountry(),
                defaults.addressCountryCode(), defaults.proofFormat())));
    }

    /** Adds an issuer (idempotent by slug: an existing profile is returned unchanged). */
    public IssuerProfile register(IssuerProfile profile) {
        Assert.isTrue(profile.slug().matches("[a-z0-9][a-z0-9-]{0,63}"), "slug must be lowercase letters, digits and dashes");
        try {
            jdbc.sql("""
                    INSERT INTO credential_issuer (slug, name, url, email, image_url, address_country,
                        address_country_code, proof_format, created_at)
                    VALUES (:slug, :name, :url, :email, :image, :country, :code, :format, :now)""")
                .param("slug", profile.slug()).param("name", profile.name()).param("url", profile.url())
                .param("email", profile.email()).param("image", profile.imageUrl())
                .param("country", profile.addressCountry()).param("code", profile.addressCountryCode())
                .param("format", profile.proofFormat())
                .param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .update();
        }
        catch (DuplicateKeyException ex) {
            // registered concurrently or before: the stored profile wins
        }
        return find(profile.slug()).orElseThrow();
    }

    public Optional<IssuerProfile> find(String slug) {
        return jdbc.sql("SELECT * FROM credential_issuer WHERE slug = :slug").param("slug", slug)
            .query((rs, row) -> new IssuerProfile(rs.getString("slug"), idFor(rs.getString("slug")),
                    rs.getString("name"), rs.getString("url"), rs.getString("email"), rs.getString("image_url"),
                    rs.getString("address_country"), rs.getString("address_country_code"), rs.getString("proof_format")))
            .optional();
    }

    /** The issuer whose profile {@code id} is {@code issuerId}, if it is one of Laurel's. */
    public Optional<IssuerProfile> findById(String issuerId) {
        String prefix = laurel.baseUrl() + "/issuers/";
        if (issuerId == null || !issuerId.startsWith(prefix)) {
            return Optional.empty();
        }
        return find(issuerId.substring(prefix.length()));
    }

    /** The profile id of the issuer with {@code slug}. */
    public String idFor(String slug) {
        return laurel.baseUrl() + "/issuers/" + slug;
    }
}
