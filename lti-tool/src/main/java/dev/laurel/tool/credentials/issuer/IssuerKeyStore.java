package dev.laurel.tool.credentials.issuer;

import com.nimbusds.jose.jwk.JWK;
import dev.laurel.tool.keys.KeySealer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issuer signing keys: created on first use per (issuer, algorithm), private parts sealed with
 * {@link KeySealer} (purpose {@code issuer-key}), rotated with the old key kept published for verification.
 * Unsealed keys are held in memory only for a short while, so a rotation on another node is seen quickly.
 */
@Component
public class IssuerKeyStore {

    public static final String SEALING_PURPOSE = "issuer-key";
    private static final Duration CURRENT_KEY_CACHE = Duration.ofSeconds(60);

    private final JdbcClient jdbc;
    private final KeySealer sealer;
    private final IssuerDirectory directory;
    private final Clock clock;
    private final Map<String, CachedKey> currentKeys = new ConcurrentHashMap<>();
    private final Map<String, VerificationKey> verificationKeys = new ConcurrentHashMap<>();
    private final TransactionTemplate ownTransaction;

    public IssuerKeyStore(JdbcClient jdbc, KeySealer sealer, IssuerDirectory directory, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.sealer = sealer;
        this.directory = directory;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The key that signs the issuer's new credentials with {@code algorithm}; generated on first use. */
    public SigningKey currentSigningKey(IssuerProfile issuer, KeyAlgorithm algorithm) {
        String cacheKey = issuer.slug() + "/" + algorithm;
        CachedKey cached = currentKeys.get(cacheKey);
        if (cached != null && cached.loadedAt().plus(CURRENT_KEY_CACHE).isAfter(clock.instant())) {
            return cached.key();
        }
        SigningKey key = loadCurrent(issuer, algorithm).orElseGet(() -> create(issuer, algorithm));
        currentKeys.put(cacheKey, new CachedKey(key, clock.instant()));
        return key;
    }

    /**
     * Retires the issuer's current {@code algorithm} key (it stays published and keeps verifying) and makes
     * a new one current.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public SigningKey rotate(IssuerProfile issuer, KeyAlgorithm algorithm) {
        jdbc.sql("""
                UPDATE credential_issuer_key SET current_algorithm = NULL, retired_at = :now
                WHERE issuer_slug = :slug AND current_algorithm = :alg""")
            .param("now", now()).param("slug", issuer.slug()).param("alg", algorithm.name()).update();
        currentKeys.remove(issuer.slug() + "/" + algorithm);
        return insert(issuer, algorithm);
    }

    /** Every key of the issuer, current and retired, oldest first. */
    public List<PublishedKey> publishedKeys(IssuerProfile issuer) {
        return jdbc.sql("""
                SELECT key_id, algorithm, public_jwk, created_at, retired_at FROM credential_issuer_key
                WHERE issuer_slug = :slug ORDER BY created_at, key_id""")
            .param("slug", issuer.slug())
            .query((rs, row) -> published(issuer, rs))
            .list();
    }

    /** The public key behind one of Laurel's key URLs ({@code {issuer id}/keys/{keyId}}), if it exists. */
    public Optional<VerificationKey> findByUrl(String keyUrl) {
        VerificationKey cached = verificationKeys.get(keyUrl);
        if (cached != null) {
            return Optional.of(cached);
        }
        int marker = keyUrl == null ? -1 : keyUrl.lastIndexOf("/keys/");
        if (marker < 0) {
            return Optional.empty();
        }
        Optional<IssuerProfile> issuer = directory.findById(keyUrl.substring(0, marker));
        String keyId = keyUrl.substring(marker + "/keys/".length());
        Optional<VerificationKey> key = issuer.flatMap(profile -> jdbc.sql("""
                SELECT key_id, algorithm, public_jwk, created_at, retired_at FROM credential_issuer_key
                WHERE issuer_slug = :slug AND key_id = :keyId""")
            .param("slug", profile.slug()).param("keyId", keyId)
            .query((rs, row) -> published(profile, rs))
            .optional()
            .map(PublishedKey::verificationKey));
        key.ifPresent(found -> verificationKeys.put(keyUrl, found));
        return key;
    }

    private Optional<SigningKey> loadCurrent(IssuerProfile issuer, KeyAlgorithm algorithm) {
        return jdbc.sql("""
                SELECT key_id, sealed_private_jwk FROM credential_issuer_key
                WHERE issuer_slug = :slug AND current_algorithm = :alg""")
            .param("slug", issuer.slug()).param("alg", algorithm.name())
            .query((rs, row) -> unseal(issuer, rs.getString("key_id"), rs.getString("sealed_private_jwk")))
            .optional();
    }

    /**
     * Creates the first key in a transaction of its own, so a concurrent creation that wins the unique
     * constraint leaves the caller's transaction usable for reading the winner's key.
     */
    private SigningKey create(IssuerProfile issuer, KeyAlgorithm algorithm) {
        try {
            return ownTransaction.execute(status -> insert(issuer, algorithm));
        }
        catch (DuplicateKeyException ex) {
            return loadCurrent(issuer, algorithm).orElseThrow(() -> ex);
        }
    }

    private SigningKey insert(IssuerProfile issuer, KeyAlgorithm algorithm) {
        String keyId = UUID.randomUUID().toString();
        JWK jwk = IssuerKeyGenerator.generate(algorithm, keyId);
        jdbc.sql("""
                INSERT INTO credential_issuer_key (key_id, issuer_slug, algorithm, public_jwk, sealed_private_jwk,
                    current_algorithm, created_at)
                VALUES (:keyId, :slug, :alg, :publicJwk, :sealed, :alg, :now)""")
            .param("keyId", keyId).param("slug", issuer.slug()).param("alg", algorithm.name())
            .param("publicJwk", jwk.toPublicJWK().toJSONString())
            .param("sealed", sealer.seal(SEALING_PURPOSE, jwk.toJSONString().getBytes(StandardCharsets.UTF_8)))
            .param("now", now())
            .update();
        return new SigningKey(issuer.keyUrl(keyId), issuer.id(), jwk);
    }

    private SigningKey unseal(IssuerProfile issuer, String keyId, String sealed) {
        String json = new String(sealer.unseal(SEALING_PURPOSE, sealed), StandardCharsets.UTF_8);
        return new SigningKey(issuer.keyUrl(keyId), issuer.id(), parse(json));
    }

    private static PublishedKey published(IssuerProfile issuer, ResultSet rs) throws SQLException {
        OffsetDateTime retired = rs.getObject("retired_at", OffsetDateTime.class);
        return new PublishedKey(rs.getString("key_id"), issuer.keyUrl(rs.getString("key_id")), issuer.id(),
                KeyAlgorithm.valueOf(rs.getString("algorithm")), parse(rs.getString("public_jwk")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), retired == null ? null : retired.toInstant());
    }

    private static JWK parse(String json) {
        try {
            return JWK.parse(json);
        }
        catch (ParseException ex) {
            throw new IllegalStateException("Stored issuer key is not a JWK", ex);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private record CachedKey(SigningKey key, Instant loadedAt) {
    }
}
