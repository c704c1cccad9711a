package dev.laurel.tool.badges.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.laurel.tool.badges.TestImages;
import dev.laurel.tool.credentials.baking.BadgeBaker;
import org.junit.jupiter.api.Test;

/** The checks of an uploaded badge image: the type from the bytes, the size, a real decode, a hardened SVG parse. */
class BadgeImageCheckTests {

    private final BadgeImageCheck check = new BadgeImageCheck(new BadgeBaker());

    @Test
    void acceptsARealPngAndASafeSvgByTheirBytes() {
        assertThat(check.check(TestImages.png(64, 64)).mediaType()).isEqualTo(BadgeImage.PNG);
        assertThat(check.check(TestImages.utf8(TestImages.SVG)).mediaType()).isEqualTo(BadgeImage.SVG);
        assertThat(check.check(TestImages.utf8("<?xml version=\"1.0\"?>\n" + TestImages.SVG)).mediaType()).isEqualTo(BadgeImage.SVG);
    }

    @Test
    void refusesAFileOverTheLimitAsTooLarge() {
        assertRefused(TestImages.pngSignatureThenNoise(BadgeImageCheck.MAX_BYTES + 1), "image_too_large");
    }

    @Test
    void refusesTextAndOtherFormatsAsNotPngOrSvg() {
        assertRefused(TestImages.utf8("just some notes"), "image_not_png_or_svg");
        assertRefused(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16}, "image_not_png_or_svg");
        assertRefused(TestImages.utf8("<html><body><svg></svg></body></html>"), "image_not_png_or_svg");
    }

    @Test
    void refusesAPngThatDoesNotDecode() {
        assertRefused(TestImages.pngSignatureThenNoise(2048), "image_unreadable");
    }

    @Test
    void refusesAPngLargerThanTheDimensionLimitBeforeDecodingIt() {
        assertRefused(TestImages.png(BadgeImageCheck.MAX_SIDE + 1, 8), "image_dimensions_too_large");
    }

    @Test
    void refusesSvgWithScriptsHandlersDoctypeOrAnotherRoot() {
        assertRefused(TestImages.utf8(TestImages.SVG_WITH_SCRIPT), "svg_script_forbidden");
        assertRefused(TestImages.utf8("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"),
                "svg_event_handler_forbidden");
        assertRefused(TestImages.utf8("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>"), "svg_doctype_forbidden");
        assertRefused(TestImages.utf8("<svg><circle/></svg>"), "svg_not_svg");
    }

    @Test
    void refusesAnEmptyFile() {
        assertRefused(new byte[0], "image_empty");
    }

    private void assertRefused(byte[] bytes, String code) {
        assertThatThrownBy(() -> check.check(bytes)).isInstanceOfSatisfying(BadgeException.class,
                ex -> assertThat(ex.code()).isEqualTo(code));
    }
}
