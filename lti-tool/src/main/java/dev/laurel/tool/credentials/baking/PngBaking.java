package dev.laurel.tool.credentials.baking;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The PNG half of baking: one uncompressed {@code iTXt} chunk with keyword {@code openbadgecredential}.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#png">Open Badges 3.0 §5.3.1 PNG</a>
 * @see <a href="https://www.w3.org/TR/png-3/#11iTXt">PNG §11.3.3.4 iTXt</a>
 */
final class PngBaking {

    static final String KEYWORD = "openbadgecredential";
    private static final String ITXT = "iTXt";

    private PngBaking() {
    }

    static byte[] bake(byte[] png, String credential) {
        BakedCredentialFormat.of(credential);
        PngImage image = PngImage.parse(png);
        List<PngImage.Chunk> chunks = new ArrayList<>();
        for (PngImage.Chunk chunk : image.chunks()) {
            if ("IEND".equals(chunk.type())) {
                chunks.add(new PngImage.Chunk(ITXT, itxt(credential)));
            }
            if (!isBakedCredential(chunk)) {
                chunks.add(chunk);
            }
        }
        return new PngImage(chunks).toBytes();
    }

    static String unbake(byte[] png) {
        PngImage image = PngImage.parse(png);
        List<String> found = new ArrayList<>();
        for (PngImage.Chunk chunk : image.chunks()) {
            credentialText(chunk).ifPresent(found::add);
        }
        if (found.isEmpty()) {
            throw new BakingException("png_not_baked", "the PNG carries no openbadgecredential iTXt chunk");
        }
        if (found.size() > 1) {
            throw new BakingException("png_several_credentials", "the PNG carries more than one openbadgecredential chunk");
        }
        String credential = found.get(0);
        BakedCredentialFormat.of(credential);
        return credential;
    }

    private static byte[] itxt(String credential) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(KEYWORD.getBytes(StandardCharsets.ISO_8859_1));
        out.write(0); // keyword separator
        out.write(0); // compression flag: uncompressed, as OB 3.0 requires
        out.write(0); // compression method
        out.write(0); // empty language tag
        out.write(0); // empty translated keyword
        out.writeBytes(credential.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static boolean isBakedCredential(PngImage.Chunk chunk) {
        return ITXT.equals(chunk.type()) && keyword(chunk.data()).equals(KEYWORD);
    }

    private static Optional<String> credentialText(PngImage.Chunk chunk) {
        if (!isBakedCredential(chunk)) {
            return Optional.empty();
        }
        byte[] data = chunk.data();
        int pos = KEYWORD.length() + 1;
        if (data.length < pos + 2) {
            throw new BakingException("png_itxt_malformed", "the openbadgecredential chunk ends before its compression flags");
        }
        boolean compressed = data[pos] == 1;
        pos += 2;
        pos = skipNullTerminated(data, pos); // language tag
        pos = skipNullTerminated(data, pos); // translated keyword
        byte[] text = java.util.Arrays.copyOfRange(data, pos, data.length);
        if (compressed) {
            text = inflateBounded(text);
        }
        return Optional.of(new String(text, StandardCharsets.UTF_8));
    }

    private static String keyword(byte[] data) {
        int end = 0;
        while (end < data.length && end < 80 && data[end] != 0) {
            end++;
        }
        return end < data.length && data[end] == 0 ? new String(data, 0, end, StandardCharsets.ISO_8859_1) : "";
    }

    private static int skipNullTerminated(byte[] data, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == 0) {
                return i + 1;
            }
        }
        throw new BakingException("png_itxt_malformed", "the openbadgecredential chunk is missing a null separator");
    }

    /** Inflates a compressed iTXt text, never beyond {@link BakedCredentialFormat#MAX_CREDENTIAL_BYTES}. */
    private static byte[] inflateBounded(byte[] compressed) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int read = inflater.inflate(buffer);
                if (read == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new BakingException("png_itxt_malformed", "the compressed credential text is truncated");
                }
                if (out.size() + read > BakedCredentialFormat.MAX_CREDENTIAL_BYTES) {
                    throw new BakingException("decompression_bomb", "the compressed credential expands beyond "
                            + BakedCredentialFormat.MAX_CREDENTIAL_BYTES + " bytes");
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        }
        catch (DataFormatException ex) {
            throw new BakingException("png_itxt_malformed", "the compressed credential text is not zlib data");
        }
        finally {
            inflater.end();
        }
    }
}
