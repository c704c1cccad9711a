package dev.laurel.tool.credentials.document;

import dev.laurel.tool.credentials.issuer.IssuerProfile;
import java.time.Instant;
import java.util.List;
import org.springframework.util.Assert;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything an {@code OpenBadgeCredential} is built from.
 *
 * @param credentialId the credential's {@code id} URL
 * @param salt the salt of the hashed email identifier
 * @param awardedAt becomes {@code awardedDate} and {@code validFrom}
 * @param validUntil optional end of validity
 * @param credentialStatus the {@code BitstringStatusListEntry} objects, possibly empty
 */
public record CredentialDraft(String credentialId, IssuerProfile issuer, AchievementDefinition achievement,
        Recipient recipient, String salt, List<AchievedResult> results, List<EvidenceItem> evidence, Instant awardedAt,
        Instant validUntil, List<ObjectNode> credentialStatus) {

    public CredentialDraft {
        Assert.hasText(credentialId, "credentialId cannot be empty");
        Assert.notNull(issuer, "issuer cannot be null");
        Assert.notNull(achievement, "achievement cannot be null");
        Assert.notNull(recipient, "recipient cannot be null");
        Assert.notNull(awardedAt, "awardedAt cannot be null");
        Assert.isTrue(validUntil == null || validUntil.isAfter(awardedAt), "validUntil must be after awardedAt");
        results = results == null ? List.of() : List.copyOf(results);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        credentialStatus = credentialStatus == null ? List.of() : List.copyOf(credentialStatus);
    }
}
