package dev.laurel.tool.credentials.proof;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import dev.laurel.tool.credentials.issuer.KeyAlgorithm;
import dev.laurel.tool.credentials.issuer.SigningKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.springframework.util.Assert;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * VC-JWT as Open Badges 3.0 uses it: the credential is the JWT payload, with {@code iss}, {@code jti},
 * {@code nbf}, {@code sub} and {@code exp} mapped from it; the JOSE header carries only {@code alg},
 * {@code kid} (a URL that dereferences to the public JWK) and {@code typ} {@code JWT}.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#jwt-proof">Open Badges 3.0 §8.2 JSON Web Token Proof Format</a>
 */
public final class VcJwtProof {

    /** RFC 7515 §2 base64url without padding; the JDK's encoder is many times faster than a constant-time one on 5 KB payloads. */
    private static final int RECENT_DATE_TIMES = 64;
    private static final java.util.Base64.Encoder BASE64URL = java.util.Base64.getUrlEncoder().withoutPadding();

    private final JsonMapper mapper;
    private final Map<String, EncodedHeader> headers = new ConcurrentHashMap<>();
    /** Epoch seconds of recent date-times: the credentials of a batch share their {@code validFrom} and {@code validUntil}. */
    private final Map<String, Long> epochSeconds = new ConcurrentHashMap<>();

    public VcJwtProof(JsonMapper mapper) {
        Assert.notNull(mapper, "mapper cannot be null");
        this.mapper = mapper;
    }

    /** The compact JWS of {@code credential} signed by {@code key} (RS256 or ES256). */
    public String sign(ObjectNode credential, SigningKey key) {
        JWSAlgorithm alg = switch (key.algorithm()) {
            case RS256 -> JWSAlgorithm.RS256;
            case ES256 -> JWSAlgorithm.ES256;
            case ED25519 -> throw new IllegalArgumentException("VC-JWT is issued with RS256 or ES256 keys only");
        };
        EncodedHeader header = headers.computeIfAbsent(key.id(), id -> EncodedHeader.of(
                new JWSHeader.Builder(alg).keyID(id).type(JOSEObjectType.JWT).build()));
        // RFC 7515 §7.1: BASE64URL(header) '.' BASE64URL(payload) '.' BASE64URL(signature)
        String signingInput = header.base64() + "." + BASE64URL.encodeToString(mapper.writeValueAsBytes(claims(credential)));
        try {
            return signingInput + "." + key.jwsSigner().sign(header.header(), signingInput.getBytes(StandardCharsets.US_ASCII));
        }
        catch (JOSEException ex) {
            throw new IllegalStateException("VC-JWT signing failed with key " + key.id(), ex);
        }
    }

    /** Whether {@code algorithm} can sign VC-JWT. */
    public static boolean supports(KeyAlgorithm algorithm) {
        return algorithm == KeyAlgorithm.RS256 || algorithm == KeyAlgorithm.ES256;
    }

    /**
     * The JWT claims set: the credential and the registered claims mapped from it.
     *
     * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#jwt-payload">Open Badges 3.0 §8.2.4.2 JWT Payload</a>
     */
    ObjectNode claims(ObjectNode credential) {
        ObjectNode claims = credential.objectNode();
        claims.setAll(credential);
        JsonNode issuer = credential.path("issuer");
        String iss = issuer.isObject() ? issuer.path("id").asString(null) : issuer.asString(null);
        if (iss != null) {
            claims.put("iss", iss);
        }
        if (credential.hasNonNull("id")) {
            claims.put("jti", credential.get("id").asString());
        }
        epochSeconds(credential.path("validFrom")).ifPresent(nbf -> claims.put("nbf", nbf));
        epochSeconds(credential.path("validUntil")).ifPresent(exp -> claims.put("exp", exp));
        JsonNode subject = credential.path("credentialSubject");
        if (subject.hasNonNull("id")) {
            claims.put("sub", subject.get("id").asString());
        }
        return claims;
    }

    private java.util.Optional<Long> epochSeconds(JsonNode dateTime) {
        if (!dateTime.isString()) {
            return java.util.Optional.empty();
        }
        String text = dateTime.asString();
        Long known = epochSeconds.get(text);
        if (known != null) {
            return java.util.Optional.of(known);
        }
        try {
            long seconds = Instant.parse(text).getEpochSecond();
            if (epochSeconds.size() >= RECENT_DATE_TIMES) {
                epochSeconds.clear();
            }
            epochSeconds.put(text, seconds);
            return java.util.Optional.of(seconds);
        }
        catch (DateTimeParseException ex) {
            return java.util.Optional.empty();
        }
    }

    /** A JOSE header with its base64url form, computed once per key. */
    private record EncodedHeader(JWSHeader header, String base64) {

        static EncodedHeader of(JWSHeader header) {
            return new EncodedHeader(header, header.toBase64URL().toString());
        }
    }
}
