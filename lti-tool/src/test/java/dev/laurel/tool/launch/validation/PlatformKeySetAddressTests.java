package dev.laurel.tool.launch.validation;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.laurel.testsupport.RebindingDnsResolver;
import dev.laurel.tool.launch.LtiLaunchError;
import dev.laurel.tool.registration.PlatformAddressPolicy;
import dev.laurel.tool.registration.PlatformConnections;
import dev.laurel.tool.registration.PlatformRegistration;
import dev.laurel.tool.registration.RegistrationSource;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.security.oauth2.jwt.Jwt;

/** Platform key sets are fetched only from addresses the platform address policy allows, checked at the connection. */
class PlatformKeySetAddressTests {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private static final String ISSUER = "https://moodle.example.edu";

    @RegisterExtension
    static WireMockExtension platform = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static RSAKey platformKey;

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @BeforeAll
    static void generatePlatformKey() throws Exception {
        platformKey = new RSAKeyGenerator(2048).keyID("moodle-2026").algorithm(JWSAlgorithm.RS256).generate();
    }

    @Test
    void refusesKeySetOfAPlatformWhoseHostRebindsToLoopbackAfterRegistration() throws Exception {
        PlatformAddressPolicy policy = new PlatformAddressPolicy(false,
                new RebindingDnsResolver("93.184.216.34", "127.0.0.1"));
        // the registration-time check sees the public answer
        assertThat(policy.resolve("lms.example.edu")[0].getHostAddress()).isEqualTo("93.184.216.34");
        PlatformJwtDecoders decoders = new PlatformJwtDecoders(clock, new PlatformConnections(policy));
        serveKeySet();

        assertThatThrownBy(() -> decoders.decoderFor(registration()).decode(launchToken()))
            .satisfies(ex -> assertThat(launchError(ex)).isEqualTo(LtiLaunchError.PLATFORM_ADDRESS_NOT_PUBLIC));
        assertThat(platform.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void fetchesKeySetFromTheAddressThePolicyResolvedWhenPrivateAddressesAreAllowed() throws Exception {
        PlatformAddressPolicy policy = new PlatformAddressPolicy(true, RebindingDnsResolver.constant("127.0.0.1"));
        PlatformJwtDecoders decoders = new PlatformJwtDecoders(clock, new PlatformConnections(policy));
        serveKeySet();

        Jwt jwt = decoders.decoderFor(registration()).decode(launchToken());

        assertThat(jwt.getSubject()).isEqualTo("5");
        platform.verify(1, getRequestedFor(urlPathEqualTo("/mod/lti/certs.php")));
    }

    private static void serveKeySet() {
        platform.stubFor(get(urlPathEqualTo("/mod/lti/certs.php"))
            .willReturn(okJson(new JWKSet(platformKey.toPublicJWK()).toString())));
    }

    private static PlatformRegistration registration() {
        String base = "http://lms.example.edu:" + platform.getPort();
        return new PlatformRegistration(1, ISSUER, "moodle-client-1", URI.create(base + "/mod/lti/auth.php"),
                URI.create(base + "/mod/lti/token.php"), URI.create(base + "/mod/lti/certs.php"), null, "Moodle",
                RegistrationSource.DYNAMIC, false, NOW);
    }

    private static String launchToken() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience("moodle-client-1").subject("5")
            .issueTime(Date.from(NOW)).expirationTime(Date.from(NOW.plusSeconds(300)))
            .claim("https://purl.imsglobal.org/spec/lti/claim/version", "1.3.0")
            .claim("https://purl.imsglobal.org/spec/lti/claim/message_type", "LtiResourceLinkRequest")
            .claim("https://purl.imsglobal.org/spec/lti/claim/deployment_id", "1")
            .claim("https://purl.imsglobal.org/spec/lti/claim/resource_link", Map.of("id", "rl-1"))
            .build();
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(platformKey.getKeyID()).build(),
                claims);
        token.sign(new RSASSASigner(platformKey));
        return token.serialize();
    }

    private static LtiLaunchError launchError(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof LtiKeySelectionException selection) {
                return selection.launchError();
            }
        }
        return null;
    }
}
