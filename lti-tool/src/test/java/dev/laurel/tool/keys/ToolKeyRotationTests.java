package dev.laurel.tool.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.ToolTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The rotation over a simulated year on a test clock. The clock starts far after the real time so that the
 * rotation job of any other test context (on the real clock) finds nothing to do in the shared table.
 */
@ToolTest
@DatabaseTest
class ToolKeyRotationTests {

    private static final Duration STEP = Duration.ofHours(6);

    @Autowired
    JdbcToolKeyStore store;

    @Autowired
    KeySealer sealer;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ToolKeys applicationKeys;

    @Test
    void firstStartHasASigningKeyPublishedInTheJwks() {
        RSAKey signing = applicationKeys.currentSigningKey();

        assertThat(signing.isPrivate()).isTrue();
        assertThat(signing.getKeyID()).isNotBlank();
        assertThat(signing.size()).isEqualTo(2048);
        assertThat(applicationKeys.publicJwkSet().getKeyByKeyId(signing.getKeyID())).isNotNull();
        assertThat(applicationKeys.publicJwkSet().getKeys()).noneMatch(JWK::isPrivate);
    }

    @Test
    void rotatesEveryNinetyDaysPublishingNextKeysEarlyAndRetiredKeysLate() {
        MutableClock clock = new MutableClock(Instant.now().plus(Duration.ofDays(3650)));
        ToolKeyRotationProperties lifetimes = ToolKeyRotationProperties.defaults();
        ToolKeyRotation rotation = new ToolKeyRotation(store, sealer, lifetimes, clock, transactionManager);
        RotatingToolKeys keys = new RotatingToolKeys(store, rotation, sealer, lifetimes, clock);

        Map<String, Instant> firstPublished = new LinkedHashMap<>();
        Map<String, Instant> firstSigned = new LinkedHashMap<>();
        List<Map.Entry<Instant, String>> signatures = new ArrayList<>();
        for (int step = 0; step < 4 * 400; step++) {
            rotation.rotate();
            keys.refresh();
            Instant now = clock.instant();
            Set<String> published = keys.publicJwkSet().getKeys().stream().map(JWK::getKeyID).collect(Collectors.toSet());
            published.forEach(kid -> firstPublished.putIfAbsent(kid, now));
            String signingKid = keys.currentSigningKey().getKeyID();
            firstSigned.putIfAbsent(signingKid, now);
            signatures.add(Map.entry(now, signingKid));

            assertThat(published).contains(signingKid).hasSizeLessThanOrEqualTo(3);
            for (Map.Entry<Instant, String> signature : signatures) {
                if (Duration.between(signature.getKey(), now).compareTo(lifetimes.retiredPublication()) < 0) {
                    assertThat(published).as("key that signed at %s, now %s", signature.getKey(), now)
                            .contains(signature.getValue());
                }
            }
            assertThat(countCurrent()).isEqualTo(1);
            clock.advance(STEP);
        }

        List<String> signingKeys = new ArrayList<>(firstSigned.keySet());
        assertThat(signingKeys).hasSizeBetween(5, 6);
        for (String kid : signingKeys.subList(1, signingKeys.size())) {
            assertThat(Duration.between(firstPublished.get(kid), firstSigned.get(kid)))
                    .as("pre-publication of %s", kid).isGreaterThanOrEqualTo(lifetimes.prePublication());
        }
        List<Instant> switches = signingKeys.stream().map(firstSigned::get).toList();
        for (int i = 2; i < switches.size(); i++) {
            assertThat(Duration.between(switches.get(i - 1), switches.get(i)).toDays()).isBetween(89L, 91L);
        }
    }

    @Test
    void privateKeysAreNeverStoredUnsealed() {
        RSAKey signing = applicationKeys.currentSigningKey();
        String privateExponent = signing.getPrivateExponent().toString();
        String firstPrime = signing.getFirstPrimeFactor().toString();

        List<String> rows = jdbc.sql("SELECT kid, state, public_jwk, sealed_private_key FROM lti_tool_key")
                .query((rs, row) -> rs.getString(1) + rs.getString(2) + rs.getString(3) + rs.getString(4)).list();

        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row)
                .doesNotContain(privateExponent).doesNotContain(firstPrime).doesNotContain("\"d\"").doesNotContain("\"p\""));
        assertThat(jdbc.sql("SELECT sealed_private_key FROM lti_tool_key").query(String.class).list())
                .allMatch(sealed -> sealed.startsWith("v1."));
    }

    @Test
    void theDatabaseAllowsOnlyOneCurrentKey() {
        applicationKeys.currentSigningKey();

        assertThatThrownBy(() -> jdbc.sql("INSERT INTO lti_tool_key (kid, state, current_slot, public_jwk, "
                        + "sealed_private_key, created_at, activates_at) VALUES ('second', 'CURRENT', 1, '{}', 'v1.x', "
                        + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)").update())
                .isInstanceOf(DuplicateKeyException.class);
    }

    private int countCurrent() {
        return jdbc.sql("SELECT COUNT(*) FROM lti_tool_key WHERE state = 'CURRENT'").query(Integer.class).single();
    }
}
