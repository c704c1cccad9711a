package dev.laurel.tool.credentials.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Base58BtcTests {

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    @Test
    void encodesAsTheBase58NumberWithOneDigitPerLeadingZeroByte() {
        Random random = new Random(58);
        for (int run = 0; run < 2_000; run++) {
            byte[] bytes = new byte[random.nextInt(70)];
            random.nextBytes(bytes);
            for (int zero = 0, zeros = random.nextInt(4); zero < Math.min(zeros, bytes.length); zero++) {
                bytes[zero] = 0;
            }

            assertThat(Base58Btc.encode(bytes)).isEqualTo(byDefinition(bytes));
            assertThat(Base58Btc.decode(Base58Btc.encode(bytes))).isEqualTo(bytes);
        }
    }

    @Test
    void encodesKnownValues() {
        assertThat(Base58Btc.encode(new byte[0])).isEmpty();
        assertThat(Base58Btc.encode(new byte[] {0, 0})).isEqualTo("11");
        assertThat(Base58Btc.encode("Hello World!".getBytes(java.nio.charset.StandardCharsets.US_ASCII))).isEqualTo("2NEpo7TZRRrLZSi2U");
    }

    private static String byDefinition(byte[] bytes) {
        StringBuilder digits = new StringBuilder();
        BigInteger value = new BigInteger(1, bytes);
        while (value.signum() > 0) {
            BigInteger[] quotientAndRemainder = value.divideAndRemainder(BigInteger.valueOf(58));
            digits.append(ALPHABET.charAt(quotientAndRemainder[1].intValue()));
            value = quotientAndRemainder[0];
        }
        int zeros = 0;
        while (zeros < bytes.length && bytes[zeros] == 0) {
            zeros++;
        }
        return "1".repeat(zeros) + digits.reverse();
    }
}
