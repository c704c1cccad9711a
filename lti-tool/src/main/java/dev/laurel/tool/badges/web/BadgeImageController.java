package dev.laurel.tool.badges.web;

import dev.laurel.tool.badges.badge.Badge;
import dev.laurel.tool.badges.badge.BadgeImage;
import dev.laurel.tool.badges.badge.BadgeImages;
import dev.laurel.tool.badges.badge.Badges;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public image of a badge, {@code /badges/{achievementKey}/image}, which its achievement and credentials point
 * at: the uploaded PNG or SVG, else the generated SVG of its design. Served with a Content-Security-Policy that
 * lets no script run and loads nothing, even when an SVG is opened on its own.
 */
@RestController
class BadgeImageController {

    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";

    private final Badges badges;
    private final BadgeImages images;
    private final BadgeArtwork artwork;

    BadgeImageController(Badges badges, BadgeImages images, BadgeArtwork artwork) {
        this.badges = badges;
        this.images = images;
        this.artwork = artwork;
    }

    @GetMapping("/badges/{achievementKey}/image")
    ResponseEntity<byte[]> image(@PathVariable String achievementKey) {
        Optional<Badge> badge = achievementKey.length() > 128 ? Optional.empty() : badges.findByAchievementKey(achievementKey);
        if (badge.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                .body("badge_not_found".getBytes(StandardCharsets.UTF_8));
        }
        Optional<BadgeImage> uploaded = badge.get().design().hasUploadedImage() ? images.find(badge.get().id())
                : Optional.empty();
        BadgeImage image = uploaded.orElseGet(() -> new BadgeImage(BadgeImage.SVG, artwork.svg(badge.get().name(),
                badge.get().design().color(), badge.get().design().icon()).getBytes(StandardCharsets.UTF_8)));
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(image.mediaType()))
            .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
            .header("Content-Security-Policy", POLICY)
            .header("X-Content-Type-Options", "nosniff")
            .body(image.content());
    }
}
