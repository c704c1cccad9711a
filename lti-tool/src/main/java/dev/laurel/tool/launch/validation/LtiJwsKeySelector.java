package dev.laurel.tool.launch.validation;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import dev.laurel.tool.launch.LtiLaunchError;
import dev.laurel.tool.registration.PlatformAddressNotPublicException;
import java.security.Key;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chooses the platform key that verifies an id_token: RS256 only, by {@code kid}, from the platform's key set
 * (cached; fetched again once when the {@code kid} is unknown, at most once per rate-limit interval).
 * Fails with {@code unsupported_alg}, {@code missing_kid}, {@code unknown_kid}, {@code jwks_unavailable} or
 * {@code platform_address_not_public} (the key set's host resolved to an address Laurel does not call).
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#h_key-management">Security Framework §6.3</a>
 */
public final class LtiJwsKeySelector implements JWSKeySelector<SecurityContext> {

    /** Platform keys in use at once (current, next, retired); beyond, the converted keys are simply made afresh. */
    private static final int CONVERTED_KEYS = 64;

    private final JWKSource<SecurityContext> platformKeys;
    private final Map<RSAKey, RSAPublicKey> converted = new ConcurrentHashMap<>();
    private final Rs256AlgorithmRule algorithmRule = new Rs256AlgorithmRule();
    private final KeyIdRule keyIdRule = new KeyIdRule();

    public LtiJwsKeySelector(JWKSource<SecurityContext> platformKeys) {
        this.platformKeys = platformKeys;
    }

    @Override
    public List<Key> selectJWSKeys(JWSHeader header, SecurityContext context) throws KeySourceException {
        algorithmRule.check(header);
        keyIdRule.check(header);
        List<JWK> matches;
        try {
            matches = platformKeys.get(new JWKSelector(new JWKMatcher.Builder()
                    .keyType(KeyType.RSA).keyID(header.getKeyID()).build()), context);
        }
        catch (RateLimitReachedException ex) {
            // the key set was fetched again very recently: the kid is not in it
            throw new LtiKeySelectionException(LtiLaunchError.UNKNOWN_KID);
        }
        catch (KeySourceException ex) {
            throw new LtiKeySelectionException(PlatformAddressNotPublicException.in(ex).isPresent()
                    ? LtiLaunchError.PLATFORM_ADDRESS_NOT_PUBLIC : LtiLaunchError.JWKS_UNAVAILABLE);
        }
        List<Key> keys = new ArrayList<>();
        for (JWK jwk : matches) {
            if (jwk instanceof RSAKey rsa) {
                RSAPublicKey key = publicKey(rsa);
                if (key != null) {
                    keys.add(key);
                }
            }
        }
        if (keys.isEmpty()) {
            throw new LtiKeySelectionException(LtiLaunchError.UNKNOWN_KID);
        }
        return keys;
    }

    /** The JCA key of a platform JWK, converted once; {@code null} for an unusable key (skipped). */
    private RSAPublicKey publicKey(RSAKey jwk) {
        RSAPublicKey key = converted.get(jwk);
        if (key == null) {
            try {
                key = jwk.toRSAPublicKey();
            }
            catch (com.nimbusds.jose.JOSEException ex) {
                return null;
            }
            if (converted.size() >= CONVERTED_KEYS) {
                converted.clear();
            }
            converted.put(jwk, key);
        }
        return key;
    }
}
