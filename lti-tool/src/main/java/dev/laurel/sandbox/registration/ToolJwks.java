package dev.laurel.sandbox.registration;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.SignedJWT;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Verifies a tool's RS256 signatures with the keys at its registered {@code jwks_uri}, fetched over HTTP,
 * cached, and fetched again when a JWT names an unknown {@code kid}
 * (<a href="https://www.imsglobal.org/spec/security/v1p0/#h_key-set-url">Security Framework §6.3</a>).
 */
@Component
public class ToolJwks {

    private static final long CACHE_TTL_MS = 5 * 60 * 1000;
    private static final long REFRESH_TIMEOUT_MS = 5_000;
    private static final long MIN_REFETCH_INTERVAL_MS = 2_000;

    private final Map<String, JWKSource<SecurityContext>> sources = new ConcurrentHashMap<>();

    /**
     * Checks the JWT's signature; returns {@code null} when it verifies, else the failure code:
     * {@code jwt_alg_unsupported}, {@code jwks_unavailable}, {@code jwt_key_unknown} or {@code jwt_signature_invalid}.
     */
    public String verify(ToolRegistration tool, SignedJWT jwt) {
        // Security Framework §5.1.3: RS256 only
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            return "jwt_alg_unsupported";
        }
        List<JWK> keys;
        try {
            keys = source(tool.jwksUri()).get(new JWKSelector(JWKMatcher.forJWSHeader(jwt.getHeader())), null);
        } catch (KeySourceException e) {
            return "jwks_unavailable";
        }
        if (keys.isEmpty()) {
            return "jwt_key_unknown";
        }
        for (JWK key : keys) {
            try {
                if (key instanceof RSAKey rsa && jwt.verify(new RSASSAVerifier(rsa))) {
                    return null;
                }
            } catch (JOSEException e) {
                return "jwt_signature_invalid";
            }
        }
        return "jwt_signature_invalid";
    }

    private JWKSource<SecurityContext> source(String jwksUri) {
        return sources.computeIfAbsent(jwksUri, uri -> {
            try {
                return JWKSourceBuilder.<SecurityContext>create(URI.create(uri).toURL(),
                                new DefaultResourceRetriever(3_000, 3_000, 256 * 1024))
                        .cache(CACHE_TTL_MS, REFRESH_TIMEOUT_MS).rateLimited(MIN_REFETCH_INTERVAL_MS)
                        .retrying(false).refreshAheadCache(false).build();
            } catch (MalformedURLException e) {
                throw new IllegalStateException("registered jwks_uri is not a URL", e);
            }
        });
    }
}
