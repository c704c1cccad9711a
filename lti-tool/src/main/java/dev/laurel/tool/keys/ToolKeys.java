package dev.laurel.tool.keys;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * The tool's RSA keys for LTI messages (deep-linking responses) and OAuth2 client assertions, rotated with
 * overlap as {@code DESIGN.md} sets the lifetimes.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#h_key-management">Security Framework §6 Key management</a>
 */
public interface ToolKeys {

    /** The key to sign with now: private part included, {@code kid} set, algorithm RS256. */
    RSAKey currentSigningKey();

    /** The public keys to publish at {@code /.well-known/jwks.json}: next, current and recently retired. */
    JWKSet publicJwkSet();
}
