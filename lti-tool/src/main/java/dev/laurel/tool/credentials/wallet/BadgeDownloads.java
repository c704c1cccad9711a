package dev.laurel.tool.credentials.wallet;

import dev.laurel.tool.credentials.IssuedCredential;
import dev.laurel.tool.credentials.baking.BadgeBaker;
import dev.laurel.tool.credentials.baking.BadgeIcon;
import dev.laurel.tool.credentials.baking.BadgeImageGenerator;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The downloads of a learner's credential, each carrying the credential exactly as signed (so it verifies with
 * the issuer's published key): JSON with its Data Integrity proof, the compact VC-JWT, or baked into PNG / SVG.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#baking">Open Badges 3.0 §5.3 Baking</a>
 */
@Component
public class BadgeDownloads {

    /** The forms a credential can be downloaded in. */
    public enum Format {
        JSON, JWT, PNG, SVG
    }

    private final BadgeBaker baker;
    private final BadgeImageGenerator images;
    private final BadgePngRenderer png;

    public BadgeDownloads(BadgeBaker baker, BadgeImageGenerator images, BadgePngRenderer png) {
        this.baker = baker;
        this.images = images;
        this.png = png;
    }

    /** Whether the badge has a download in {@code format}: JSON for Data Integrity proofs, JWT for VC-JWT. */
    public static boolean offers(LearnerBadge badge, Format format) {
        String mediaType = badge.credential().mediaType();
        return switch (format) {
            case JSON -> IssuedCredential.VC_LD_JSON.equals(mediaType);
            case JWT -> IssuedCredential.VC_JWT.equals(mediaType);
            case PNG, SVG -> true;
        };
    }

    /** The download, or empty where the credential's proof has no such form. */
    public Optional<BadgeDownload> download(LearnerBadge badge, Format format) {
        if (!offers(badge, format)) {
            return Optional.empty();
        }
        String serialized = badge.credential().serialized();
        String stem = badge.fileStem();
        return Optional.of(switch (format) {
            case JSON -> new BadgeDownload(stem + ".json", IssuedCredential.VC_LD_JSON, utf8(serialized));
            case JWT -> new BadgeDownload(stem + ".jwt", IssuedCredential.VC_JWT, utf8(serialized));
            case PNG -> new BadgeDownload(stem + ".png", "image/png", baker.bakePng(png.render(), serialized));
            case SVG -> new BadgeDownload(stem + ".svg", "image/svg+xml",
                    utf8(baker.bakeSvg(image(badge), serialized)));
        });
    }

    /** The generated SVG image of the badge (without a credential). */
    public String image(LearnerBadge badge) {
        return images.generate(badge.content().name(), null, BadgeIcon.STAR);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
