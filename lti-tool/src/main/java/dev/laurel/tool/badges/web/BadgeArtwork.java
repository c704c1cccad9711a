package dev.laurel.tool.badges.web;

import dev.laurel.tool.credentials.baking.BadgeIcon;
import dev.laurel.tool.credentials.baking.BadgeImageGenerator;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The generated design of a badge without an uploaded image: a disc of its colour with its icon and name. */
@Component
final class BadgeArtwork {

    private final BadgeImageGenerator generator;

    BadgeArtwork(BadgeImageGenerator generator) {
        this.generator = generator;
    }

    String svg(String name, String color, String icon) {
        return generator.generate(name, color, icon(icon));
    }

    /** The SVG as a {@code data:} URI, for a preview in the editor. */
    String dataUri(String name, String color, String icon) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg(name, color, icon)
            .getBytes(StandardCharsets.UTF_8));
    }

    static BadgeIcon icon(String name) {
        return Arrays.stream(BadgeIcon.values()).filter(icon -> icon.name().toLowerCase(Locale.ROOT).equals(name))
            .findFirst().orElse(BadgeIcon.STAR);
    }
}
