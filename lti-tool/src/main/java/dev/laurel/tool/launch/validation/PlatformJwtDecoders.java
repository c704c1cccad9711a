package dev.laurel.tool.launch.validation;

import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import dev.laurel.tool.registration.PlatformConnections;
import dev.laurel.tool.registration.PlatformRegistration;
import java.net.MalformedURLException;
import java.net.URI;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * One {@link NimbusJwtDecoder} per platform registration: its key set (cached 5 minutes, fetched again on an
 * unknown {@code kid} at most every 30 seconds), RS256 only, and the registration-wide validators in the
 * order the Security Framework lists them. Rebuilt when the registration's issuer, client_id or key set URL
 * changes. Key sets are fetched through {@link PlatformConnections}, so only from addresses the platform address
 * policy allows.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#authentication-response-validation">Security Framework §5.1.3</a>
 */
@Component
public class PlatformJwtDecoders {

    private static final Duration KEY_SET_TTL = Duration.ofMinutes(5);
    private static final Duration KEY_SET_REFRESH_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration KEY_SET_MIN_REFETCH = Duration.ofSeconds(30);
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(3);
    private static final int KEY_SET_SIZE_LIMIT = 256 * 1024;
    private static final int KEY_SET_CONNECTIONS_PER_HOST = 4;
    private static final int KEY_SET_MAX_REDIRECTS = 3;

    private final Clock clock;
    private final Map<Long, Entry> decoders = new ConcurrentHashMap<>();
    private final DefaultJWSVerifierFactory verifiers = new DefaultJWSVerifierFactory();
    private final PlatformKeySetRetriever keySets;

    public PlatformJwtDecoders(Clock clock, PlatformConnections connections) {
        this.clock = clock;
        this.keySets = new PlatformKeySetRetriever(connections, new PlatformConnections.Settings(HTTP_TIMEOUT,
                HTTP_TIMEOUT, KEY_SET_CONNECTIONS_PER_HOST, KEY_SET_MAX_REDIRECTS), KEY_SET_SIZE_LIMIT);
        // the provider the JVM chooses for RS256, chosen once rather than searched for at every verification
        verifiers.getJCAContext().setProvider(rs256Provider());
    }

    /** The decoder for this registration's id_tokens. */
    public JwtDecoder decoderFor(PlatformRegistration registration) {
        Entry entry = decoders.get(registration.id());
        if (entry == null || !entry.isFor(registration)) {
            entry = new Entry(registration.issuer(), registration.clientId(), registration.jwksUrl(), build(registration));
            decoders.put(registration.id(), entry);
        }
        return entry.decoder();
    }

    private JwtDecoder build(PlatformRegistration registration) {
        JWKSource<SecurityContext> keys = platformKeys(registration.jwksUrl());
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys)
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .jwtProcessorCustomizer(processor -> {
                    processor.setJWSKeySelector(new LtiJwsKeySelector(keys));
                    processor.setJWSVerifierFactory(verifiers);
                })
                .build();
        decoder.setClaimSetConverter(new LtiClaimSetConverter());
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators(registration)));
        return decoder;
    }

    /** The rules every id_token of this registration must satisfy, in the order the specs list them. */
    List<OAuth2TokenValidator<Jwt>> validators(PlatformRegistration registration) {
        return List.of(
                new LtiIssuerValidator(registration.issuer()),
                new LtiAudienceValidator(registration.clientId()),
                new LtiExpirationValidator(clock),
                new LtiNotBeforeValidator(clock),
                new LtiIssuedAtValidator(clock),
                new LtiVersionValidator(),
                new LtiMessageTypeValidator(),
                new LtiDeploymentIdPresentValidator(),
                new LtiSubjectValidator(),
                new LtiResourceLinkValidator(),
                new LtiDeepLinkingSettingsValidator());
    }

    private static Provider rs256Provider() {
        try {
            return Signature.getInstance("SHA256withRSA").getProvider();
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA256withRSA is missing from this JVM", ex);
        }
    }

    private JWKSource<SecurityContext> platformKeys(URI jwksUrl) {
        try {
            return JWKSourceBuilder.<SecurityContext>create(jwksUrl.toURL(), keySets)
                    .cache(KEY_SET_TTL.toMillis(), KEY_SET_REFRESH_TIMEOUT.toMillis())
                    .refreshAheadCache(false)
                    .rateLimited(KEY_SET_MIN_REFETCH.toMillis())
                    .retrying(false)
                    .outageTolerant(false)
                    .build();
        }
        catch (MalformedURLException ex) {
            throw new IllegalArgumentException("The registration's key set URL is not a URL", ex);
        }
    }

    private record Entry(String issuer, String clientId, URI jwksUrl, JwtDecoder decoder) {

        boolean isFor(PlatformRegistration registration) {
            return issuer.equals(registration.issuer()) && clientId.equals(registration.clientId())
                    && jwksUrl.equals(registration.jwksUrl());
        }
    }
}
