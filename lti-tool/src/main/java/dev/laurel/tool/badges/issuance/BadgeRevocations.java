package dev.laurel.tool.badges.issuance;

import dev.laurel.tool.badges.badge.BadgeAudit;
import dev.laurel.tool.badges.badge.Badges;
import dev.laurel.tool.credentials.document.OpenBadgeDocuments;
import dev.laurel.tool.credentials.issuing.IssuedCredentialStore;
import dev.laurel.tool.credentials.status.CredentialStatusService;
import dev.laurel.tool.credentials.status.StatusListException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Revokes a learner's badge from the review page: the credential's revocation bit is set with the reason (audited by
 * the status service), the credential and the award are taken out of force (both stay, as history) and the badge's
 * audit trail records it, in one transaction. The badge can then be issued to the learner again as a new credential.
 *
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#revocation">Bitstring Status List §2.1 statusPurpose</a>
 */
@Service
public class BadgeRevocations {

    private final Badges badges;
    private final BadgeAwards awards;
    private final CredentialStatusService statuses;
    private final OpenBadgeDocuments documents;
    private final IssuedCredentialStore credentials;
    private final BadgeAudit audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    BadgeRevocations(Badges badges, BadgeAwards awards, CredentialStatusService statuses, OpenBadgeDocuments documents,
            IssuedCredentialStore credentials, BadgeAudit audit, PlatformTransactionManager transactions, Clock clock) {
        this.badges = badges;
        this.awards = awards;
        this.statuses = statuses;
        this.documents = documents;
        this.credentials = credentials;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Revokes the learner's award of the badge.
     *
     * @throws BadgeIssuanceException {@code reason_required}, {@code award_not_found}, {@code already_revoked}
     */
    public BadgeAward revoke(long courseId, long badgeId, String userId, String reason, boolean reasonPublic, String actor) {
        if (!StringUtils.hasText(reason)) {
            throw new BadgeIssuanceException("reason_required", "Say why the badge is revoked; the reason is kept with the revocation.");
        }
        String why = reason.strip().length() <= 1000 ? reason.strip() : reason.strip().substring(0, 1000);
        BadgeAward award = badges.find(courseId, badgeId).flatMap(badge -> awards.find(badgeId, userId))
            .orElseThrow(() -> new BadgeIssuanceException("award_not_found", "This learner does not hold this badge."));
        if (award.revoked()) {
            throw new BadgeIssuanceException("already_revoked", "This badge was already revoked.");
        }
        Instant now = clock.instant();
        try {
            transaction.executeWithoutResult(status -> {
                UUID credential = UUID.fromString(award.credentialUuid());
                statuses.revoke(documents.credentialId(credential), why, reasonPublic, actor);
                if (!awards.markRevoked(award.credentialUuid(), now, actor, why)) {
                    // revoked meanwhile by a concurrent request, whose status change made ours fail first
                    throw new BadgeIssuanceException("already_revoked", "This badge was already revoked.");
                }
                credentials.retire(credential);
                audit.record(courseId, badgeId, actor, "revoked", "Revoked the badge of " + userId + " (credential "
                        + award.credentialUuid() + "): " + why);
            });
        }
        catch (StatusListException ex) {
            throw new BadgeIssuanceException(ex.code(), "already_revoked".equals(ex.code())
                    ? "This badge was already revoked." : "The credential's status could not be changed (" + ex.code() + ").");
        }
        return awards.byCredential(award.credentialUuid()).orElseThrow();
    }
}
