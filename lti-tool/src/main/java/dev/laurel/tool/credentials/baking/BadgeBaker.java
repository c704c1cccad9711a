package dev.laurel.tool.credentials.baking;

import org.springframework.stereotype.Component;

/**
 * Bakes an Open Badges 3.0 credential into a badge image and reads it back. Every method refuses hostile
 * or malformed input with a {@link BakingException} whose code names the reason.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#baking">Open Badges 3.0 §5.3 Baking</a>
 */
@Component
public final class BadgeBaker {

    /** A copy of {@code png} with {@code credential} (VC-JWT or JSON) in an uncompressed {@code openbadgecredential} iTXt chunk before IEND, replacing any earlier one. */
    public byte[] bakePng(byte[] png, String credential) {
        return PngBaking.bake(png, credential);
    }

    /** The credential baked into {@code png}. */
    public String unbakePng(byte[] png) {
        return PngBaking.unbake(png);
    }

    /** A copy of {@code svg} with {@code credential} in an {@code openbadges:credential} element (JWT: {@code verify} attribute; JSON: CDATA). */
    public String bakeSvg(String svg, String credential) {
        return SvgBaking.bake(svg, credential);
    }

    /** The credential baked into {@code svg}. */
    public String unbakeSvg(String svg) {
        return SvgBaking.unbake(svg);
    }

    /**
     * Checks that {@code svg} is a well-formed SVG document without DOCTYPE, entities or active content (scripts,
     * {@code foreignObject}, event handlers, {@code javascript:} URLs), as baking requires of any image.
     *
     * @throws BakingException with the reason's code, e.g. {@code svg_script_forbidden}
     */
    public void checkSvg(String svg) {
        HardenedSvgParser.parse(svg);
    }
}
