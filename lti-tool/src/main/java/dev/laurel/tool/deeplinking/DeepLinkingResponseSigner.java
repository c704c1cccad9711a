package dev.laurel.tool.deeplinking;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import dev.laurel.tool.keys.ToolKeys;
import dev.laurel.tool.launch.DeepLinkingSettings;
import dev.laurel.tool.launch.LtiClaims;
import dev.laurel.tool.launch.LtiUser;
import dev.laurel.tool.registration.PlatformRegistration;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs the {@code LtiDeepLinkingResponse} with the tool's current RS256 key ({@code kid} in the header):
 * {@code iss} = client_id, {@code aud} = platform issuer, a fresh {@code nonce}, 5 minutes of validity,
 * the deployment, message type, version, content items and the request's {@code data} echoed.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dl/v2p0/#deep-linking-response-message">Deep Linking 2.0 §4.5</a>
 */
@Component
public class DeepLinkingResponseSigner {

    public static final String MESSAGE_TYPE = "LtiDeepLinkingResponse";
    static final String CONTENT_ITEMS = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
    static final String DATA = "https://purl.imsglobal.org/spec/lti-dl/claim/data";
    static final String MSG = "https://purl.imsglobal.org/spec/lti-dl/claim/msg";
    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private final ToolKeys keys;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public DeepLinkingResponseSigner(ToolKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** The compact JWT to post as {@code JWT} to the settings' {@code deep_link_return_url}. */
    public String sign(PlatformRegistration registration, LtiUser user, DeepLinkingSettings settings,
            List<LtiResourceLinkItem> items) {
        RSAKey key = keys.currentSigningKey();
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(registration.clientId())
                .audience(List.of(registration.issuer()))
                .issuedAt(now)
                .expiresAt(now.plus(LIFETIME))
                .claim("nonce", nonce())
                .claim(LtiClaims.DEPLOYMENT_ID, user.deploymentId())
                .claim(LtiClaims.MESSAGE_TYPE, MESSAGE_TYPE)
                .claim(LtiClaims.VERSION, LtiClaims.LTI_VERSION)
                .claim(CONTENT_ITEMS, items.stream().map(LtiResourceLinkItem::toClaim).toList());
        if (settings.data() != null) {
            // Deep Linking 2.0 §4.4.1: data MUST be returned unchanged when the request carried it
            claims.claim(DATA, settings.data());
        }
        if (!items.isEmpty()) {
            claims.claim(MSG, "Laurel placed " + items.get(0).title() + ".");
        }
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).type("JWT").build();
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)))
                .encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }

    private String nonce() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
