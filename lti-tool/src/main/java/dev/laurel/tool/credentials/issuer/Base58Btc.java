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
        // little-endian base-58 digits of the number, by schoolbook conversion from base 256
        byte[] digits = new byte[(input.length - zeros) * 138 / 100 + 1];
        int length = 0;
        for (int i = zeros; i < input.length; i++) {
            int carry = input[i] & 0xff;
            for (int j = 0; j < length; j++) {
                carry += (digits[j] & 0xff) << 8;
                digits[j] = (byte) (carry % 58);
                carry /= 58;
            }
            while (carry > 0) {
                digits[length++] = (byte) (carry % 58);
                carry /= 58;
            }
        }
        char[] out = new char[zeros + length];
        Arrays.fill(out, 0, zeros, ALPHABET[0]);
        for (int k = 0; k < length; k++) {
            out[zeros + k] = ALPHABET[digits[length - 1 - k]];
        }
        return new String(out);
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
