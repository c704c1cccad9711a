package dev.laurel.tool.keys;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * {@link ToolKeys} from the database with an in-memory copy, refreshed after a rotation on this instance and
 * at the latest every {@code cacheRefresh} (or when the next key is due), so instances agree within that time.
 * Creates the first key on first use.
 */
@Component
final class RotatingToolKeys implements ToolKeys {

    private final JdbcToolKeyStore store;
    private final ToolKeyRotation rotation;
    private final KeySealer sealer;
    private final ToolKeyRotationProperties lifetimes;
    private final Clock clock;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

    RotatingToolKeys(JdbcToolKeyStore store, ToolKeyRotation rotation, KeySealer sealer,
            ToolKeyRotationProperties lifetimes, Clock clock) {
        this.store = store;
        this.rotation = rotation;
        this.sealer = sealer;
        this.lifetimes = lifetimes;
        this.clock = clock;
    }

    @Override
    public RSAKey currentSigningKey() {
        return snapshot().signingKey();
    }

    @Override
    public JWKSet publicJwkSet() {
        return snapshot().publicKeys();
    }

    /** Reads the keys again (after a rotation step). */
    void refresh() {
        Instant now = clock.instant();
        List<StoredToolKey> keys = store.all();
        if (keys.stream().noneMatch(key -> key.state() == ToolKeyState.CURRENT)) {
            rotation.rotate();
            keys = store.all();
        }
        StoredToolKey current = keys.stream().filter(key -> key.state() == ToolKeyState.CURRENT).findFirst()
                .orElseThrow(() -> new IllegalStateException("No current LTI tool key after rotation"));
        Instant refreshAfter = now.plus(lifetimes.cacheRefresh());
        for (StoredToolKey key : keys) {
            if (key.state() == ToolKeyState.NEXT && key.activatesAt().isBefore(refreshAfter)) {
                refreshAfter = key.activatesAt();
            }
        }
        List<JWK> published = keys.stream()
                .sorted(Comparator.comparing((StoredToolKey key) -> key.state() != ToolKeyState.CURRENT))
                .map(key -> (JWK) key.publicJwk()).toList();
        snapshot.set(new Snapshot(unseal(current), new JWKSet(published), refreshAfter));
    }

    private Snapshot snapshot() {
        Snapshot cached = snapshot.get();
        if (cached == null || !clock.instant().isBefore(cached.refreshAfter())) {
            refresh();
            cached = snapshot.get();
        }
        return cached;
    }

    private RSAKey unseal(StoredToolKey key) {
        try {
            return RSAKey.parse(new String(sealer.unseal(ToolKeyRotation.SEALING_PURPOSE, key.sealedPrivateJwk()),
                    StandardCharsets.UTF_8));
        }
        catch (ParseException ex) {
            throw new IllegalStateException("LTI tool key " + key.kid() + " does not unseal to an RSA JWK");
        }
    }

    private record Snapshot(RSAKey signingKey, JWKSet publicKeys, Instant refreshAfter) {
    }
}
