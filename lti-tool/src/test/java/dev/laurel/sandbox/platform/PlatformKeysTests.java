package dev.laurel.sandbox.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.laurel.sandbox.SandboxTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The platform key rotation: a new signing key, the previous one still published, both stored. */
@SandboxTest
class PlatformKeysTests {

    @Autowired
    PlatformKeys keys;

    @Autowired
    JdbcClient jdbc;

    @Test
    void rotationSignsWithANewKidAndKeepsThePreviousKeyPublished() throws Exception {
        String before = keys.keyId();

        String rotated = keys.rotate();

        assertThat(rotated).isNotEqualTo(before).isEqualTo(keys.keyId());
        JWKSet published = JWKSet.parse(keys.publicJwks());
        assertThat(published.getKeys()).extracting(key -> key.getKeyID()).containsExactly(rotated, before);
        assertThat(published.getKeys()).noneMatch(key -> key.isPrivate());
        SignedJWT signed = SignedJWT.parse(keys.sign(new JWTClaimsSet.Builder().subject("s").build()));
        assertThat(signed.getHeader().getKeyID()).isEqualTo(rotated);
        assertThat(signed.verify(new RSASSAVerifier((RSAKey) published.getKeyByKeyId(rotated)))).isTrue();
        List<String> stored = jdbc.sql("SELECT kid FROM platform_key").query(String.class).list();
        assertThat(stored).contains(before, rotated);
    }

    @Test
    void aSecondRotationStopsPublishingTheOldestKey() throws Exception {
        String first = keys.keyId();
        String second = keys.rotate();
        String third = keys.rotate();

        assertThat(JWKSet.parse(keys.publicJwks()).getKeys()).extracting(key -> key.getKeyID())
                .containsExactly(third, second).doesNotContain(first);
    }
}
