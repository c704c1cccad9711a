package dev.laurel.tool.credentials.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.springframework.util.Assert;

/**
 * An immutable bitstring of statuses, one bit per index, the first index being the left-most (most
 * significant) bit of the first byte; encoded as multibase base64url ({@code u}) of its GZIP compression.
 *
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#bitstring-encoding">Bitstring Status List §4.1</a>
 */
public final class BitstringStatusList {

    /** The smallest list the spec allows, for group privacy: 16 KB, 131,072 entries. */
    public static final int MINIMUM_SIZE = 131_072;
    /** The largest decoded list Laurel accepts (16 MB of bits), so a hostile list cannot exhaust memory. */
    public static final int MAXIMUM_DECODED_BYTES = 16 * 1024 * 1024;

    private final byte[] bits;

    private BitstringStatusList(byte[] bits) {
        this.bits = bits;
    }

    /** A list of {@code size} statuses, all zero; {@code size} is a multiple of 8 and at least {@link #MINIMUM_SIZE}. */
    public static BitstringStatusList empty(int size) {
        Assert.isTrue(size >= MINIMUM_SIZE && size % 8 == 0, "size must be a multiple of 8 and at least " + MINIMUM_SIZE);
        return new BitstringStatusList(new byte[size / 8]);
    }

    /** The list with the given indexes set, all others clear. */
    public static BitstringStatusList withSet(int size, Iterable<Integer> setIndexes) {
        byte[] bits = empty(size).bits;
        for (int index : setIndexes) {
            Assert.isTrue(index >= 0 && index < size, "index out of range");
            bits[index >>> 3] |= (byte) (0x80 >>> (index & 7));
        }
        return new BitstringStatusList(bits);
    }

    public int size() {
        return bits.length * 8;
    }

    /** Whether the status at {@code index} is set. */
    public boolean get(int index) {
        Assert.isTrue(index >= 0 && index < size(), "index out of range");
        return (bits[index >>> 3] & (0x80 >>> (index & 7))) != 0;
    }

    /** A copy of this list with the status at {@code index} set to {@code value}. */
    public BitstringStatusList with(int index, boolean value) {
        Assert.isTrue(index >= 0 && index < size(), "index out of range");
        byte[] copy = bits.clone();
        if (value) {
            copy[index >>> 3] |= (byte) (0x80 >>> (index & 7));
        }
        else {
            copy[index >>> 3] &= (byte) ~(0x80 >>> (index & 7));
        }
        return new BitstringStatusList(copy);
    }

    /** The {@code encodedList} value: {@code u} + base64url (no padding) of the GZIP-compressed bits. */
    public String encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bits);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /**
     * Decodes an {@code encodedList}, inflating at most {@link #MAXIMUM_DECODED_BYTES}.
     *
     * @throws StatusListException {@code status_list_encoding_invalid} or {@code status_list_too_large}
     * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#bitstring-expansion-algorithm">Bitstring Status List §3.4</a>
     */
    public static BitstringStatusList decode(String encodedList) {
        if (encodedList == null || !encodedList.startsWith("u")) {
            throw new StatusListException("status_list_encoding_invalid", "encodedList must start with the multibase prefix 'u'");
        }
        byte[] compressed;
        try {
            compressed = Base64.getUrlDecoder().decode(encodedList.substring(1));
        }
        catch (IllegalArgumentException ex) {
            throw new StatusListException("status_list_encoding_invalid", "encodedList is not base64url");
        }
        byte[] bits = inflateBounded(compressed);
        if (bits.length == 0) {
            throw new StatusListException("status_list_encoding_invalid", "encodedList decodes to an empty list");
        }
        return new BitstringStatusList(bits);
    }

    private static byte[] inflateBounded(byte[] compressed) {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(compressed))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (out.size() + read > MAXIMUM_DECODED_BYTES) {
                    throw new StatusListException("status_list_too_large",
                            "encodedList expands beyond " + MAXIMUM_DECODED_BYTES + " bytes");
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new StatusListException("status_list_encoding_invalid", "encodedList is not valid GZIP data");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BitstringStatusList list && Arrays.equals(bits, list.bits);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bits);
    }

    @Override
    public String toString() {
        return "BitstringStatusList[size=" + size() + "]";
    }
}
