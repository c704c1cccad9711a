package dev.laurel.tool.credentials.wallet;

import dev.laurel.tool.credentials.IssuedCredential;
import java.time.Instant;
import java.util.UUID;

/**
 * One of the learner's credentials with its state in "My badges".
 *
 * @param uuid the UUID of the credential's id URL
 * @param credential the credential exactly as issued
 * @param content what it says
 * @param state where the learner's page lists it
 * @param claimedAt when the learner claimed it, or null
 * @param seen whether the learner has opened it before
 */
public record LearnerBadge(UUID uuid, IssuedCredential credential, BadgeContent content, State state, Instant claimedAt,
        boolean seen) {

    /** The groups of "My badges"; revoked and suspended come from the status lists. */
    public enum State {
        READY_TO_CLAIM, CLAIMED, REVOKED, SUSPENDED
    }

    public boolean claimable() {
        return state == State.READY_TO_CLAIM;
    }

    /** The claim date as a reader sees it, or null. */
    public String claimedOn() {
        return day(claimedAt);
    }

    static String day(Instant instant) {
        return instant == null ? null
                : java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH).withZone(java.time.ZoneOffset.UTC).format(instant);
    }

    /** A file name for downloads: the badge name in lower-case words, then the credential's UUID prefix. */
    public String fileStem() {
        String words = content.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return (words.isEmpty() ? "badge" : words) + "-" + uuid.toString().substring(0, 8);
    }
}
