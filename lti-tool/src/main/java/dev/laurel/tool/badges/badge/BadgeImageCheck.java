package dev.laurel.tool.badges.badge;

import dev.laurel.tool.credentials.baking.BadgeBaker;
import dev.laurel.tool.credentials.baking.BakingException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.stereotype.Component;

/**
 * Checks an uploaded badge image before it is stored: at most {@link #MAX_BYTES}; a PNG (by its signature) that
 * really decodes, at most {@link #MAX_SIDE} pixels a side (read from the header before decoding); or an SVG (by its
 * text) that the hardened parser accepts, so without DOCTYPE, scripts, event handlers or {@code javascript:} URLs.
 * The type comes from the bytes, never from the file name or the browser's content type.
 */
@Component
public class BadgeImageCheck {

    public static final int MAX_BYTES = 512 * 1024;
    public static final int MAX_SIDE = 2048;
    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final BadgeBaker baker;

    public BadgeImageCheck(BadgeBaker baker) {
        this.baker = baker;
    }

    /**
     * The checked image.
     *
     * @throws BadgeException {@code image_empty}, {@code image_too_large}, {@code image_not_png_or_svg},
     *         {@code image_unreadable}, {@code image_dimensions_too_large} or an SVG code such as
     *         {@code svg_script_forbidden}
     */
    public BadgeImage check(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new BadgeException("image_empty", "The chosen image file is empty.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new BadgeException("image_too_large", "The image is " + kilobytes(bytes.length) + " KB; badge images "
                    + "may be at most " + kilobytes(MAX_BYTES) + " KB. Export it smaller and upload it again.");
        }
        if (bytes.length >= PNG_SIGNATURE.length && Arrays.equals(bytes, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0,
                PNG_SIGNATURE.length)) {
            checkPng(bytes);
            return new BadgeImage(BadgeImage.PNG, bytes);
        }
        String text = svgText(bytes);
        if (text == null) {
            throw notAnImage();
        }
        try {
            baker.checkSvg(text);
        }
        catch (BakingException ex) {
            throw new BadgeException(ex.code(), svgSentence(ex.code()));
        }
        return new BadgeImage(BadgeImage.SVG, bytes);
    }

    private static void checkPng(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw unreadable();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_SIDE || height > MAX_SIDE) {
                    throw new BadgeException("image_dimensions_too_large", "The image is " + width + " × " + height
                            + " pixels; badge images may be at most " + MAX_SIDE + " × " + MAX_SIDE + " pixels.");
                }
                BufferedImage image = reader.read(0);
                if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
                    throw unreadable();
                }
            }
            finally {
                reader.dispose();
            }
        }
        catch (IOException | RuntimeException ex) {
            if (ex instanceof BadgeException badge) {
                throw badge;
            }
            throw unreadable();
        }
    }

    /** The file as text if it looks like an SVG document (UTF-8, starting with an XML declaration, comment or svg). */
    private static String svgText(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        }
        catch (CharacterCodingException ex) {
            return null;
        }
        String start = text.startsWith("\uFEFF") ? text.substring(1) : text;
        start = start.stripLeading().toLowerCase(Locale.ROOT);
        boolean xml = start.startsWith("<?xml") || start.startsWith("<!--") || start.startsWith("<svg")
                || start.startsWith("<!doctype svg");
        return xml && start.contains("<svg") ? text : null;
    }

    private static String svgSentence(String code) {
        return switch (code) {
            case "svg_script_forbidden" -> "The SVG contains a script. Badge images may not run code; export the "
                    + "SVG without scripts (e.g. as “plain SVG”) and upload it again.";
            case "svg_event_handler_forbidden" -> "The SVG has event handlers (on… attributes) that would run code; "
                    + "export it without them and upload it again.";
            case "svg_javascript_url_forbidden" -> "The SVG links to a javascript: URL; remove the link and upload it again.";
            case "svg_foreign_object_forbidden" -> "The SVG embeds HTML (foreignObject); export it as plain SVG and "
                    + "upload it again.";
            case "svg_doctype_forbidden" -> "The SVG declares a DOCTYPE or entities, which Laurel refuses for safety; "
                    + "export it as plain SVG and upload it again.";
            case "image_too_large" -> "The SVG is too large for a badge image.";
            default -> "The file is not a well-formed SVG image; export it again and upload it.";
        };
    }

    private static BadgeException notAnImage() {
        return new BadgeException("image_not_png_or_svg", "The file is not a PNG or SVG image. Upload a PNG or an SVG file.");
    }

    private static BadgeException unreadable() {
        return new BadgeException("image_unreadable", "The file starts like a PNG image but cannot be read as one; "
                + "it may be damaged. Export it again and upload it.");
    }

    private static long kilobytes(int bytes) {
        return (bytes + 1023) / 1024;
    }
}
