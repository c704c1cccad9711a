package dev.laurel.tool.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the tool keys through next → current → retired → deleted. Idempotent and safe on several instances at
 * once: every step is a conditional update or an insert guarded by the one-current / one-next constraints.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#h_key-management">Security Framework §6.1 key rotation</a>
 */
@Component
public final class ToolKeyRotation {

    /** Purpose string the private parts are sealed under. */
    static final String SEALING_PURPOSE = "lti-tool-key";
    private static final int KEY_SIZE = 2048;
    private static final Logger log = LoggerFactory.getLogger(ToolKeyRotation.class);

    private final JdbcToolKeyStore store;
    private final KeySealer sealer;
    private final ToolKeyRotationProperties lifetimes;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ToolKeyRotation(JdbcToolKeyStore store, KeySealer sealer, ToolKeyRotationProperties lifetimes, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.store = store;
        this.sealer = sealer;
        this.lifetimes = lifetimes;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Runs one rotation step at the clock's current time. */
    public void rotate() {
        Instant now = clock.instant();
        List<StoredToolKey> keys = store.all();
        Optional<StoredToolKey> current = find(keys, ToolKeyState.CURRENT);
        Optional<StoredToolKey> next = find(keys, ToolKeyState.NEXT);
        if (next.isPresent() && !now.isBefore(next.get().activatesAt())) {
            promote(current, next.get(), now);
        }
        else if (current.isEmpty()) {
            insertIfSlotFree(ToolKeyState.CURRENT, now);
        }
        else if (next.isEmpty() && !now.isBefore(current.get().activatesAt()
                .plus(lifetimes.rotationPeriod()).minus(lifetimes.prePublication()))) {
            // the next key is published at least prePublication before it signs (platforms cache key sets)
            Instant planned = current.get().activatesAt().plus(lifetimes.rotationPeriod());
            Instant earliest = now.plus(lifetimes.prePublication());
            insertIfSlotFree(ToolKeyState.NEXT, planned.isAfter(earliest) ? planned : earliest);
        }
        int deleted = store.deleteRetiredBefore(now.minus(lifetimes.retiredPublication()));
        if (deleted > 0) {
            log.info("Deleted {} retired LTI tool key(s) after their publication period", deleted);
        }
    }

    private void promote(Optional<StoredToolKey> current, StoredToolKey next, Instant now) {
        try {
            boolean promoted = Boolean.TRUE.equals(transaction.execute(status -> {
                if (current.isPresent() && !store.retire(current.get().kid(), now)) {
                    status.setRollbackOnly();
                    return false;
                }
                if (!store.promote(next.kid())) {
                    status.setRollbackOnly();
                    return false;
                }
                return true;
            }));
            if (promoted) {
                log.info("LTI tool key {} is now the signing key", next.kid());
            }
        }
        catch (DuplicateKeyException ex) {
            log.debug("Another instance promoted the next LTI tool key first");
        }
    }

    /**
     * Stores a new key; a NEXT key is published for the full pre-publication time counted from when it is
     * stored, since generating an RSA key can take seconds on a busy machine.
     */
    private void insertIfSlotFree(ToolKeyState state, Instant activatesAt) {
        RSAKey key = generate();
        Instant stored = clock.instant();
        Instant activation = activatesAt;
        if (state == ToolKeyState.NEXT && activation.isBefore(stored.plus(lifetimes.prePublication()))) {
            activation = stored.plus(lifetimes.prePublication());
        }
        else if (state == ToolKeyState.CURRENT && activation.isBefore(stored)) {
            activation = stored;
        }
        StoredToolKey storedKey = new StoredToolKey(key.getKeyID(), state, key.toPublicJWK(),
                sealer.seal(SEALING_PURPOSE, key.toJSONString().getBytes(StandardCharsets.UTF_8)), stored, activation, null);
        try {
            store.insert(storedKey);
            log.info("Created LTI tool key {} ({}, signs from {})", key.getKeyID(), state, activation);
        }
        catch (DuplicateKeyException ex) {
            log.debug("Another instance created the {} LTI tool key first", state);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(KEY_SIZE).keyID(UUID.randomUUID().toString()).algorithm(JWSAlgorithm.RS256)
                    .keyUse(KeyUse.SIGNATURE).generate();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException("RSA key generation is unavailable", ex);
        }
    }

    private static Optional<StoredToolKey> find(List<StoredToolKey> keys, ToolKeyState state) {
        return keys.stream().filter(key -> key.state() == state).findFirst();
    }
}
