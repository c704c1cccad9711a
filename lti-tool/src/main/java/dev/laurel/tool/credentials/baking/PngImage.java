package dev.laurel.tool.credentials.baking;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/**
 * A PNG split into its chunks, each length and CRC checked, every size bounded.
 *
 * @see <a href="https://www.w3.org/TR/png-3/#5Chunk-layout">PNG §5.3 Chunk layout</a>
 */
record PngImage(List<Chunk> chunks) {

    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    static final int MAX_IMAGE_BYTES = 16 * 1024 * 1024;
    private static final int MAX_CHUNKS = 100_000;

    /** Parses {@code png}, refusing anything not a well-formed PNG. */
    static PngImage parse(byte[] png) {
        if (png == null || png.length < SIGNATURE.length || !Arrays.equals(png, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            throw new BakingException("png_signature_invalid", "the file is not a PNG image (its signature is missing)");
        }
        if (png.length > MAX_IMAGE_BYTES) {
            throw new BakingException("image_too_large", "the image is larger than " + MAX_IMAGE_BYTES / (1024 * 1024) + " MB");
        }
        ByteBuffer in = ByteBuffer.wrap(png, SIGNATURE.length, png.length - SIGNATURE.length);
        List<Chunk> chunks = new ArrayList<>();
        while (true) {
            if (in.remaining() < 12) {
                throw new BakingException("png_truncated", "the PNG ends inside a chunk header, before IEND");
            }
            long length = Integer.toUnsignedLong(in.getInt());
            byte[] type = new byte[4];
            in.get(type);
            // PNG §5.3: the length is at most 2^31-1; Laurel bounds it to its image limit before reading
            if (length > MAX_IMAGE_BYTES) {
                throw new BakingException("png_chunk_too_long", "a chunk declares " + length + " bytes, beyond the image limit");
            }
            if (length > in.remaining() - 4L) {
                throw new BakingException("png_truncated", "a chunk declares " + length
                        + " bytes but only " + Math.max(0, in.remaining() - 4) + " remain");
            }
            if (!validType(type)) {
                throw new BakingException("png_chunk_type_invalid", "a chunk type is not four ASCII letters");
            }
            byte[] data = new byte[(int) length];
            in.get(data);
            long crc = Integer.toUnsignedLong(in.getInt());
            Chunk chunk = new Chunk(new String(type, StandardCharsets.US_ASCII), data);
            if (chunk.crc() != crc) {
                throw new BakingException("png_bad_crc", "the CRC of chunk " + chunk.type() + " does not match its content");
            }
            if (chunks.isEmpty() && !"IHDR".equals(chunk.type())) {
                throw new BakingException("png_ihdr_missing", "the first chunk is not IHDR");
            }
            chunks.add(chunk);
            if (chunks.size() > MAX_CHUNKS) {
                throw new BakingException("png_too_many_chunks", "the PNG has more than " + MAX_CHUNKS + " chunks");
            }
            if ("IEND".equals(chunk.type())) {
                return new PngImage(List.copyOf(chunks));
            }
        }
    }

    byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(SIGNATURE);
        for (Chunk chunk : chunks) {
            byte[] type = chunk.type().getBytes(StandardCharsets.US_ASCII);
            out.writeBytes(ByteBuffer.allocate(4).putInt(chunk.data().length).array());
            out.writeBytes(type);
            out.writeBytes(chunk.data());
            out.writeBytes(ByteBuffer.allocate(4).putInt((int) chunk.crc()).array());
        }
        return out.toByteArray();
    }

    private static boolean validType(byte[] type) {
        for (byte b : type) {
            if (!((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z'))) {
                return false;
            }
        }
        return true;
    }

    /** One chunk: its four-letter type and its data. */
    record Chunk(String type, byte[] data) {

        long crc() {
            CRC32 crc = new CRC32();
            crc.update(type.getBytes(StandardCharsets.US_ASCII));
            crc.update(data);
            return crc.getValue();
        }
    }
}
