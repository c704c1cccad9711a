package dev.laurel.tool.badges.badge;

import java.util.Set;
import org.springframework.util.Assert;

/** A checked badge image: its media type ({@code image/png} or {@code image/svg+xml}) and bytes. */
public record BadgeImage(String mediaType, byte[] content) {

    public static final String PNG = "image/png";
    public static final String SVG = "image/svg+xml";

    public BadgeImage {
        Assert.isTrue(Set.of(PNG, SVG).contains(mediaType), "mediaType must be image/png or image/svg+xml");
        Assert.notNull(content, "content cannot be null");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
