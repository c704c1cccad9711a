package dev.laurel.tool.badges.issuance;

import java.time.Instant;

/**
 * A badge Laurel awarded to a learner: the credential issued, when, by whom (an LTI user id, or {@code laurel} for
 * automatic issuance) and in which run; {@code revokedAt} is set once it was revoked from the review page.
 */
public record BadgeAward(long badgeId, String userId, String credentialUuid, Instant issuedAt, String issuedBy,
        Long runId, Instant revokedAt, String revokedBy, String revokeReason) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
