package dev.laurel.tool.launch;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds an id_token for launch tests; each negative test changes one thing. */
final class LaunchTokenBuilder {

    private final Map<String, Object> claims = new LinkedHashMap<>();
    private RSAKey key;
    private String kid;
    private boolean omitKid;

    LaunchTokenBuilder(RSAKey key) {
        this.key = key;
        this.kid = key.getKeyID();
    }

    LaunchTokenBuilder claim(String name, Object value) {
        claims.put(name, value);
        return this;
    }

    LaunchTokenBuilder without(String name) {
        claims.remove(name);
        return this;
    }

    LaunchTokenBuilder signedWith(RSAKey other) {
        this.key = other;
        this.kid = other.getKeyID();
        return this;
    }

    LaunchTokenBuilder kid(String keyId) {
        this.kid = keyId;
        return this;
    }

    LaunchTokenBuilder withoutKid() {
        this.omitKid = true;
        return this;
    }

    Object claim(String name) {
        return claims.get(name);
    }

    /** RS256, signed with the platform key, {@code kid} in the header. */
    String build() {
        try {
            JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT);
            if (!omitKid) {
                header.keyID(kid);
            }
            SignedJWT jwt = new SignedJWT(header.build(), claimsSet());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** An unsecured JWT ({@code alg: none}). */
    String buildUnsigned() {
        try {
            return new PlainJWT(claimsSet()).serialize();
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** HS256 with the platform's public key as the HMAC secret (the classic algorithm confusion attack). */
    String buildHs256WithPublicKeyAsSecret() {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(), claimsSet());
            jwt.sign(new MACSigner(key.toRSAPublicKey().getEncoded()));
            return jwt.serialize();
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** A correctly signed token whose payload was changed afterwards. */
    String buildTampered(String claim, Object value) {
        String[] parts = build().split("\\.");
        try {
            Map<String, Object> changed = new LinkedHashMap<>(claimsSet().toJSONObject());
            changed.put(claim, value);
            String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    JWTClaimsSet.parse(changed).toString().getBytes(StandardCharsets.UTF_8));
            return parts[0] + "." + payload + "." + parts[2];
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private JWTClaimsSet claimsSet() throws java.text.ParseException {
        return JWTClaimsSet.parse(claims);
    }
}
