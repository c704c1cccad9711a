package dev.laurel.tool.credentials.issuer;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The Bitcoin base-58 alphabet that multibase prefix {@code z} denotes.
 *
 * @see <a href="https://www.w3.org/TR/controller-document/#multibase-0">Controlled Identifiers §2.4 Multibase</a>
 */
public final class Base58Btc {

    private static final char[] ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".toCharArray();
    private static final int[] INDEXES = new int[128];
    private static final BigInteger BASE = BigInteger.valueOf(58);
    private static final int DIGITS_PER_DIVISION = 10;
    private static final BigInteger BASE_POWER = BASE.pow(DIGITS_PER_DIVISION);

    static {
        Arrays.fill(INDEXES, -1);
        for (int i = 0; i < ALPHABET.length; i++) {
            INDEXES[ALPHABET[i]] = i;
        }
    }

    private Base58Btc() {
    }

    /** Encodes base-58: each leading zero byte as {@code 1}, the rest as a big-endian base-58 number. */
    public static String encode(byte[] input) {
        int zeros = 0;
        while (zeros < input.length && input[zeros] == 0) {
            zeros++;
        }
        // little-endian digits, ten per division by 58^10 (one BigInteger division per ten digits)
        StringBuilder digits = new StringBuilder(input.length * 138 / 100 + 10);
        BigInteger value = new BigInteger(1, input);
        while (value.signum() > 0) {
            BigInteger[] quotientAndRemainder = value.divideAndRemainder(BASE_POWER);
            long remainder = quotientAndRemainder[1].longValue();
            for (int digit = 0; digit < DIGITS_PER_DIVISION; digit++) {
                digits.append(ALPHABET[(int) (remainder % 58)]);
                remainder /= 58;
            }
            value = quotientAndRemainder[0];
        }
        int length = digits.length();
        while (length > 0 && digits.charAt(length - 1) == ALPHABET[0]) {
            length--;
        }
        digits.setLength(length);
        return "1".repeat(zeros) + digits.reverse();
    }

    /** Decodes base-58; fails with {@link IllegalArgumentException} on a character outside the alphabet. */
    public static byte[] decode(String input) {
        BigInteger value = BigInteger.ZERO;
        int zeros = 0;
        boolean leading = true;
        for (char c : input.toCharArray()) {
            int digit = c < 128 ? INDEXES[c] : -1;
            if (digit < 0) {
                throw new IllegalArgumentException("not base58btc: invalid character");
            }
            if (leading && digit == 0) {
                zeros++;
            }
            else {
                leading = false;
            }
            value = value.multiply(BASE).add(BigInteger.valueOf(digit));
        }
        byte[] bytes = value.signum() == 0 ? new byte[0] : value.toByteArray();
        int strip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        byte[] out = new byte[zeros + bytes.length - strip];
        System.arraycopy(bytes, strip, out, zeros, bytes.length - strip);
        return out;
    }
}
