package dev.laurel.tool.launch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.laurel.tool.registration.NewRegistration;
import dev.laurel.tool.registration.PlatformRegistration;
import dev.laurel.tool.registration.PlatformRegistrations;
import dev.laurel.tool.registration.RegistrationSource;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * A platform for launch tests: a registration in the tool whose key set is served by WireMock, and the
 * platform's RSA signing key. Shaped like Moodle (one known deployment, issuer = site URL).
 */
final class TestPlatform {

    final PlatformRegistration registration;
    final RSAKey signingKey;
    final String deploymentId;
    final String jwksPath;

    private TestPlatform(PlatformRegistration registration, RSAKey signingKey, String deploymentId, String jwksPath) {
        this.registration = registration;
        this.signingKey = signingKey;
        this.deploymentId = deploymentId;
        this.jwksPath = jwksPath;
    }

    /** The platform now publishes these keys (rotation). */
    void publish(WireMockExtension wiremock, RSAKey... keys) {
        wiremock.stubFor(get(urlEqualTo(jwksPath)).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(new JWKSet(java.util.Arrays.stream(keys).map(key -> (com.nimbusds.jose.jwk.JWK) key.toPublicJWK())
                        .toList()).toString())));
    }

    /** A Moodle-like platform with a fresh key served at {@code /jwks} of {@code wiremock}. */
    static TestPlatform moodle(PlatformRegistrations registrations, WireMockExtension wiremock) {
        RSAKey key = newKey();
        String site = "https://moodle-" + UUID.randomUUID() + ".example.edu";
        String jwksPath = "/jwks/" + UUID.randomUUID();
        wiremock.stubFor(get(urlEqualTo(jwksPath)).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(new JWKSet(key.toPublicJWK()).toString())));
        String deploymentId = "deployment-" + UUID.randomUUID();
        PlatformRegistration registration = registrations.register(new NewRegistration(site,
                "client-" + UUID.randomUUID(), URI.create(wiremock.baseUrl() + "/mod/lti/auth.php"),
                URI.create(wiremock.baseUrl() + "/mod/lti/token.php"), URI.create(wiremock.baseUrl() + jwksPath), null,
                "Moodle", RegistrationSource.DYNAMIC, false, List.of(deploymentId)));
        return new TestPlatform(registration, key, deploymentId, jwksPath);
    }

    static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("platform-" + UUID.randomUUID()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).generate();
        }
        catch (com.nimbusds.jose.JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
