package dev.laurel.tool.credentials.baking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class BadgeBakerTests {

    static final String JSON_CREDENTIAL = """
            {"@context":["https://www.w3.org/ns/credentials/v2"],"type":["VerifiableCredential","OpenBadgeCredential"],
             "name":"Tricky ]]> name & <stuff> é"}""";
    static final String JWT_CREDENTIAL = "eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJodHRwczovL2xhdXJlbC5leGFtcGxlIn0.c2lnbmF0dXJl";
    static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>";

    private final BadgeBaker baker = new BadgeBaker();

    @Test
    void pngRoundTripsAJsonAndAJwtCredential() throws Exception {
        byte[] png = png();

        byte[] baked = baker.bakePng(png, JSON_CREDENTIAL);

        assertThat(baker.unbakePng(baked)).isEqualTo(JSON_CREDENTIAL);
        assertThat(ImageIO.read(new ByteArrayInputStream(baked)).getWidth()).isEqualTo(4);
        assertThat(baker.unbakePng(baker.bakePng(png, JWT_CREDENTIAL))).isEqualTo(JWT_CREDENTIAL);
    }

    @Test
    void pngBakingReplacesAnEarlierCredentialAndPutsAnUncompressedChunkBeforeIend() throws Exception {
        byte[] twice = baker.bakePng(baker.bakePng(png(), JSON_CREDENTIAL), JWT_CREDENTIAL);

        List<PngImage.Chunk> chunks = PngImage.parse(twice).chunks();
        assertThat(chunks.stream().filter(c -> c.type().equals("iTXt")).count()).isEqualTo(1);
        PngImage.Chunk itxt = chunks.get(chunks.size() - 2);
        assertThat(itxt.type()).isEqualTo("iTXt");
        assertThat(new String(itxt.data(), StandardCharsets.ISO_8859_1)).startsWith("openbadgecredential\0\0\0\0\0eyJ");
        assertThat(baker.unbakePng(twice)).isEqualTo(JWT_CREDENTIAL);
    }

    @Test
    void rejectsBytesThatAreNotAPng() {
        assertRejected(() -> baker.unbakePng("GIF89a not a png at all".getBytes(StandardCharsets.US_ASCII)), "png_signature_invalid");
        assertRejected(() -> baker.bakePng(new byte[0], JWT_CREDENTIAL), "png_signature_invalid");
    }

    @Test
    void rejectsATruncatedPng() throws Exception {
        byte[] png = png();
        assertRejected(() -> baker.unbakePng(Arrays.copyOf(png, png.length - 12)), "png_truncated");
        assertRejected(() -> baker.unbakePng(Arrays.copyOf(png, png.length - 14)), "png_truncated");
        assertRejected(() -> baker.unbakePng(Arrays.copyOf(png, 40)), "png_truncated");
    }

    @Test
    void rejectsABadCrc() throws Exception {
        byte[] png = png();
        png[8 + 8 + 3] ^= 1; // a byte of IHDR's data

        assertRejected(() -> baker.unbakePng(png), "png_bad_crc");
    }

    @Test
    void rejectsAHugeDeclaredChunkLengthWithoutAllocatingIt() throws Exception {
        byte[] png = png();
        ByteBuffer.wrap(png).putInt(8, Integer.MAX_VALUE);

        assertRejected(() -> baker.unbakePng(png), "png_chunk_too_long");
        ByteBuffer.wrap(png).putInt(8, -1);
        assertRejected(() -> baker.unbakePng(png), "png_chunk_too_long");
    }

    @Test
    void rejectsACompressedCredentialThatInflatesWithoutBound() throws Exception {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, new Deflater(9))) {
            out.write(new byte[64 * 1024 * 1024]);
        }
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes("openbadgecredential\0\1\0\0\0".getBytes(StandardCharsets.ISO_8859_1));
        data.writeBytes(compressed.toByteArray());
        byte[] bomb = withChunkBeforeIend(png(), new PngImage.Chunk("iTXt", data.toByteArray()));

        assertThat(bomb.length).isLessThan(200_000);
        assertRejected(() -> baker.unbakePng(bomb), "decompression_bomb");
    }

    @Test
    void readsACompressedCredentialWithinBounds() throws Exception {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(compressed)) {
            out.write(JWT_CREDENTIAL.getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes("openbadgecredential\0\1\0en\0\0".getBytes(StandardCharsets.ISO_8859_1));
        data.writeBytes(compressed.toByteArray());

        assertThat(baker.unbakePng(withChunkBeforeIend(png(), new PngImage.Chunk("iTXt", data.toByteArray())))).isEqualTo(JWT_CREDENTIAL);
    }

    @Test
    void rejectsAnUnbakedImageAndAnUnrecognisedCredential() throws Exception {
        assertRejected(() -> baker.unbakePng(png()), "png_not_baked");
        assertRejected(() -> baker.bakePng(png(), "hello"), "credential_format_unknown");
        assertRejected(() -> baker.unbakeSvg(SVG), "svg_not_baked");
    }

    @Test
    void svgRoundTripsAJsonCredentialAsCdata() {
        String baked = baker.bakeSvg(SVG, JSON_CREDENTIAL);

        assertThat(baked).contains("xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\"")
                .contains("<openbadges:credential><![CDATA[");
        assertThat(baker.unbakeSvg(baked)).isEqualTo(JSON_CREDENTIAL.strip());
    }

    @Test
    void svgRoundTripsAJwtAsTheVerifyAttributeAndReplacesAnEarlierOne() {
        String baked = baker.bakeSvg(baker.bakeSvg(SVG, JSON_CREDENTIAL), JWT_CREDENTIAL);

        assertThat(baked).contains("<openbadges:credential verify=\"" + JWT_CREDENTIAL + "\"/>").doesNotContain("CDATA");
        assertThat(baker.unbakeSvg(baked)).isEqualTo(JWT_CREDENTIAL);
    }

    @Test
    void rejectsSvgWithAScript() {
        assertRejected(() -> baker.bakeSvg(svgWith("<script>alert(1)</script>"), JWT_CREDENTIAL), "svg_script_forbidden");
        assertRejected(() -> baker.unbakeSvg(svgWith("<g><script xlink:href=\"x.js\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"/></g>")),
                "svg_script_forbidden");
    }

    @Test
    void rejectsSvgWithAnEventHandler() {
        assertRejected(() -> baker.bakeSvg("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>", JWT_CREDENTIAL),
                "svg_event_handler_forbidden");
        assertRejected(() -> baker.unbakeSvg(svgWith("<rect ONCLICK=\"steal()\"/>")), "svg_event_handler_forbidden");
    }

    @Test
    void rejectsSvgWithADoctypeOrExternalEntity() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&xxe;</text></svg>";
        String billionLaughs = "<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&b;</text></svg>";

        assertRejected(() -> baker.unbakeSvg(xxe), "svg_doctype_forbidden");
        assertRejected(() -> baker.bakeSvg(billionLaughs, JWT_CREDENTIAL), "svg_doctype_forbidden");
    }

    @Test
    void rejectsSvgWithAJavascriptUrl() {
        assertRejected(() -> baker.bakeSvg(svgWith("<a href=\" JaVa&#x09;Script:alert(1)\"><rect/></a>"), JWT_CREDENTIAL),
                "svg_javascript_url_forbidden");
        assertRejected(() -> baker.unbakeSvg(svgWith("<a xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:href=\"javascript:x()\"/>")),
                "svg_javascript_url_forbidden");
    }

    @Test
    void rejectsMalformedOrForeignXml() {
        assertRejected(() -> baker.unbakeSvg("<svg xmlns=\"http://www.w3.org/2000/svg\">"), "svg_malformed");
        assertRejected(() -> baker.unbakeSvg("<html><body/></html>"), "svg_not_svg");
        assertRejected(() -> baker.unbakeSvg(svgWith("<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\"/></foreignObject>")),
                "svg_foreign_object_forbidden");
    }

    static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB), "png", out);
        return out.toByteArray();
    }

    private static String svgWith(String content) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\">" + content + "</svg>";
    }

    private static byte[] withChunkBeforeIend(byte[] png, PngImage.Chunk extra) {
        List<PngImage.Chunk> chunks = new java.util.ArrayList<>(PngImage.parse(png).chunks());
        chunks.add(chunks.size() - 1, extra);
        return new PngImage(chunks).toBytes();
    }

    private static void assertRejected(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BakingException.class, ex -> assertThat(ex.code()).isEqualTo(code));
    }
}
