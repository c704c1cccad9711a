package dev.laurel.tool.keys;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Instant;

/**
 * A tool key as stored: public JWK, private JWK still sealed, state and times.
 *
 * @param activatesAt when it becomes (or became) the current signing key
 * @param retiredAt when it stopped signing; {@code null} unless retired
 */
record StoredToolKey(String kid, ToolKeyState state, RSAKey publicJwk, String sealedPrivateJwk, Instant createdAt,
        Instant activatesAt, Instant retiredAt) {
}
