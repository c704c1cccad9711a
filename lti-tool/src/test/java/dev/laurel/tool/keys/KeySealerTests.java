package dev.laurel.tool.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeySealerTests {

    private static final String MASTER = Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    Path dir;

    @Test
    void sealedValueOpensForTheSamePurposeAndHidesThePlaintext() {
        KeySealer sealer = new KeySealer(new KeySealingProperties(MASTER, dir.resolve("unused"), false));
        byte[] secret = "private key bytes".getBytes(StandardCharsets.UTF_8);

        String sealed = sealer.seal("lti-tool-key", secret);

        assertThat(sealed).startsWith("v1.").doesNotContain("private");
        assertThat(sealer.unseal("lti-tool-key", sealed)).isEqualTo(secret);
    }

    @Test
    void rejectsUnsealingForAnotherPurpose() {
        KeySealer sealer = new KeySealer(new KeySealingProperties(MASTER, dir.resolve("unused"), false));
        String sealed = sealer.seal("lti-tool-key", new byte[] {1, 2, 3});

        assertThatThrownBy(() -> sealer.unseal("issuer-key", sealed))
                .isInstanceOf(KeySealer.KeyUnsealingException.class).hasMessageStartingWith("key_unsealing_failed");
    }

    @Test
    void rejectsATamperedValue() {
        KeySealer sealer = new KeySealer(new KeySealingProperties(MASTER, dir.resolve("unused"), false));
        String sealed = sealer.seal("lti-tool-key", new byte[] {1, 2, 3});
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;

        assertThatThrownBy(() -> sealer.unseal("lti-tool-key", "v1." + Base64.getEncoder().encodeToString(raw)))
                .isInstanceOf(KeySealer.KeyUnsealingException.class);
    }

    @Test
    void rejectsAnotherMasterKey() {
        String sealed = new KeySealer(new KeySealingProperties(MASTER, dir.resolve("a"), false)).seal("p", new byte[] {9});
        byte[] other = new byte[32];
        other[0] = 1;
        KeySealer otherSealer = new KeySealer(new KeySealingProperties(Base64.getEncoder().encodeToString(other), dir.resolve("b"), false));

        assertThatThrownBy(() -> otherSealer.unseal("p", sealed)).isInstanceOf(KeySealer.KeyUnsealingException.class);
    }

    @Test
    void generatesAndThenReusesAMasterKeyFileWhenNoneIsConfigured() throws Exception {
        Path file = dir.resolve("data/master.key");
        String sealed = new KeySealer(new KeySealingProperties(null, file, false)).seal("p", new byte[] {7});

        assertThat(Files.readString(file)).hasSize(44);
        assertThat(new KeySealer(new KeySealingProperties("", file, false)).unseal("p", sealed)).containsExactly(7);
    }

    @Test
    void productionRefusesToStartWithoutAConfiguredMasterKey() {
        assertThatIllegalStateException()
                .isThrownBy(() -> new KeySealer(new KeySealingProperties("", dir.resolve("master.key"), true)))
                .withMessageStartingWith("LAUREL_MASTER_KEY is not set");
        assertThat(dir.resolve("master.key")).doesNotExist();
    }

    @Test
    void rejectsAMasterKeyOfTheWrongLength() {
        assertThatIllegalStateException()
                .isThrownBy(() -> new KeySealer(new KeySealingProperties(Base64.getEncoder().encodeToString(new byte[16]), dir, false)))
                .withMessageContaining("must be 32 bytes");
    }
}
