package dev.laurel.tool.credentials.baking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BadgeImageGeneratorTests {

    private final BadgeImageGenerator generator = new BadgeImageGenerator();
    private final BadgeBaker baker = new BadgeBaker();

    @Test
    void drawsTheNameEscapedWithTheColourAndIcon() {
        String svg = generator.generate("Data <script>alert(1)</script> & \"Analysis\"", "#FFCC00", BadgeIcon.BOOK);

        assertThat(svg).contains("fill=\"#ffcc00\"").contains(BadgeIcon.BOOK.path())
                .contains("&lt;script&gt;").contains("&amp;").doesNotContain("<script>");
        assertThat(baker.unbakeSvg(baker.bakeSvg(svg, BadgeBakerTests.JWT_CREDENTIAL))).isEqualTo(BadgeBakerTests.JWT_CREDENTIAL);
    }

    @Test
    void fallsBackToTheDefaultColourAndStarForInvalidInput() {
        String svg = generator.generate("Teamwork", "red\" onload=\"x", null);

        assertThat(svg).contains("fill=\"" + BadgeImageGenerator.DEFAULT_COLOUR + "\"").contains(BadgeIcon.STAR.path())
                .doesNotContain("onload");
    }

    @Test
    void everyIconGivesAnSvgThatPassesTheBakersChecks() {
        for (BadgeIcon icon : BadgeIcon.values()) {
            String svg = generator.generate("A very long achievement name that needs several lines to fit", "#123456", icon);
            assertThat(baker.bakeSvg(svg, BadgeBakerTests.JSON_CREDENTIAL)).contains("openbadges:credential");
            assertThat(svg.split("<text").length - 1).isLessThanOrEqualTo(3);
        }
    }
}
