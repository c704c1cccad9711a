package dev.laurel.tool.credentials.issuer;

import java.util.Arrays;

/**
 * Ed25519 keys as Multikey {@code publicKeyMultibase} / {@code secretKeyMultibase} values: base58btc
 * multibase ({@code z}) of the multicodec header ({@code 0xed01} public, {@code 0x8026} secret) and the
 * 32 key bytes.
 *
 * @see <a href="https://www.w3.org/TR/controller-document/#Multikey">Controlled Identifiers §2.2.2 Multikey</a>
 */
public final class Multikey {

    private static final byte[] ED25519_PUB = {(byte) 0xed, 0x01};
    private static final byte[] ED25519_PRIV = {(byte) 0x80, 0x26};

    private Multikey() {
    }

    /** {@code z6Mk…} for a 32-byte Ed25519 public key. */
    public static String encodeEd25519Public(byte[] publicKey) {
        return encode(ED25519_PUB, publicKey);
    }

    /** The 32 key bytes of a {@code z6Mk…} value; {@link IllegalArgumentException} if it is not an Ed25519 Multikey. */
    public static byte[] decodeEd25519Public(String multibase) {
        return decode(ED25519_PUB, multibase);
    }

    /** The 32 seed bytes of a {@code z3u2…} Ed25519 secret key value. */
    public static byte[] decodeEd25519Secret(String multibase) {
        return decode(ED25519_PRIV, multibase);
    }

    private static String encode(byte[] header, byte[] key) {
        byte[] bytes = new byte[header.length + key.length];
        System.arraycopy(header, 0, bytes, 0, header.length);
        System.arraycopy(key, 0, bytes, header.length, key.length);
        return "z" + Base58Btc.encode(bytes);
    }

    private static byte[] decode(byte[] header, String multibase) {
        if (multibase == null || !multibase.startsWith("z")) {
            throw new IllegalArgumentException("not a base58btc multibase value");
        }
        byte[] bytes = Base58Btc.decode(multibase.substring(1));
        if (bytes.length != header.length + 32 || bytes[0] != header[0] || bytes[1] != header[1]) {
            throw new IllegalArgumentException("not an Ed25519 Multikey");
        }
        return Arrays.copyOfRange(bytes, header.length, bytes.length);
    }
}
