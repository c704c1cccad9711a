package dev.laurel.tool.credentials.issuing;

import dev.laurel.tool.credentials.document.AchievedResult;
import dev.laurel.tool.credentials.document.AchievementDefinition;
import dev.laurel.tool.credentials.document.EvidenceItem;
import dev.laurel.tool.credentials.document.Recipient;
import dev.laurel.tool.credentials.proof.ProofFormat;
import java.time.Instant;
import java.util.List;
import org.springframework.util.Assert;

/**
 * What the badges feature asks to issue.
 *
 * @param issuerSlug the issuer profile (one per registration or institution); null for the instance's default
 * @param achievement the badge awarded
 * @param recipient the learner
 * @param results the rubric levels the learner reached
 * @param evidence evidence of the achievement
 * @param validUntil optional end of validity
 * @param proofFormat null to use the issuer's configured format
 */
public record IssueRequest(String issuerSlug, AchievementDefinition achievement, Recipient recipient,
        List<AchievedResult> results, List<EvidenceItem> evidence, Instant validUntil, ProofFormat proofFormat) {

    public IssueRequest {
        Assert.notNull(achievement, "achievement cannot be null");
        Assert.notNull(recipient, "recipient cannot be null");
        results = results == null ? List.of() : List.copyOf(results);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A request to the default issuer, in its configured proof format, without end of validity. */
    public static IssueRequest of(AchievementDefinition achievement, Recipient recipient, List<AchievedResult> results) {
        return new IssueRequest(null, achievement, recipient, results, List.of(), null, null);
    }

    public IssueRequest withProofFormat(ProofFormat format) {
        return new IssueRequest(issuerSlug, achievement, recipient, results, evidence, validUntil, format);
    }

    public IssueRequest withIssuer(String slug) {
        return new IssueRequest(slug, achievement, recipient, results, evidence, validUntil, proofFormat);
    }
}
