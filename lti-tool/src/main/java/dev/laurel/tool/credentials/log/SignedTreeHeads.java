package dev.laurel.tool.credentials.log;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Signs a tree head whenever the log has grown since the last one, and keeps every head it signed (one per
 * tree size, so concurrent instances agree on one).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9162#section-4.10">RFC 9162 §4.10</a>
 */
@Service
public class SignedTreeHeads {

    /** The JOSE {@code typ} of a signed tree head. */
    public static final String TYPE = "laurel-sth+jwt";

    private final TransparencyLog log;
    private final TransparencyLogKeys keys;
    private final JdbcClient jdbc;
    private final Clock clock;

    SignedTreeHeads(TransparencyLog log, TransparencyLogKeys keys, JdbcClient jdbc, Clock clock) {
        this.log = log;
        this.keys = keys;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The head for the log's current size, signing it if none exists yet. */
    public SignedTreeHead latest() {
        long size = log.treeSize();
        return find(size).orElseGet(() -> sign(size));
    }

    /** The head signed for {@code treeSize}, if any. */
    public Optional<SignedTreeHead> find(long treeSize) {
        return jdbc.sql("SELECT * FROM transparency_log_tree_heads WHERE tree_size = ?").param(treeSize)
                .query((rs, row) -> new SignedTreeHead(rs.getLong("tree_size"), rs.getObject("issued_at", OffsetDateTime.class).toInstant(),
                        TransparencyLogStore.decode(rs.getString("root_hash")), rs.getString("key_id"), rs.getString("signature")))
                .optional();
    }

    private SignedTreeHead sign(long size) {
        byte[] root = log.rootHash(size);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ECKey key = keys.signingKey();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("tree_size", size);
        payload.put("timestamp", now.toEpochMilli());
        payload.put("root_hash", Base64.getUrlEncoder().withoutPadding().encodeToString(root));
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).type(new JOSEObjectType(TYPE)).build(),
                new Payload(payload));
        try {
            jws.sign(new ECDSASigner(key));
        }
        catch (JOSEException ex) {
            throw new IllegalStateException("cannot sign the tree head", ex);
        }
        SignedTreeHead head = new SignedTreeHead(size, now, root, key.getKeyID(), jws.serialize());
        try {
            jdbc.sql("INSERT INTO transparency_log_tree_heads (tree_size, root_hash, issued_at, key_id, signature) VALUES (?, ?, ?, ?, ?)")
                    .params(size, TransparencyLogStore.encode(root), now.atOffset(ZoneOffset.UTC), key.getKeyID(), head.signature())
                    .update();
            return head;
        }
        catch (DuplicateKeyException signedElsewhere) {
            return find(size).orElseThrow();
        }
    }
}
