package dev.laurel.tool.badges.badge;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the instructor's badge editor changes, each in one transaction with its image and its audit entry: create,
 * update, archive and restore.
 */
@Service
public class BadgeDefinitions {

    private final Badges badges;
    private final BadgeImages images;
    private final BadgeAudit audit;

    public BadgeDefinitions(Badges badges, BadgeImages images, BadgeAudit audit) {
        this.badges = badges;
        this.images = images;
        this.audit = audit;
    }

    /**
     * Stores a new badge with its uploaded image (or null for the generated design).
     *
     * @throws BadgeException {@code badge_name_taken}
     */
    @Transactional
    public Badge create(Badge draft, BadgeImage image, String actor) {
        Badge created = badges.create(withImageType(draft, image == null ? null : image.mediaType()));
        if (image != null) {
            images.store(created.id(), image);
        }
        audit.record(created.courseId(), created.id(), actor, "badge_created", created.name());
        return created;
    }

    /**
     * Replaces a badge's details; {@code image} replaces its uploaded image, {@code removeImage} goes back to the
     * generated design, neither keeps what it has. False when it is not a badge of that course.
     *
     * @throws BadgeException {@code badge_name_taken}
     */
    @Transactional
    public boolean update(Badge badge, BadgeImage image, boolean removeImage, String actor) {
        String mediaType = image != null ? image.mediaType() : removeImage ? null : badge.design().imageMediaType();
        if (!badges.update(withImageType(badge, mediaType))) {
            return false;
        }
        if (image != null) {
            images.store(badge.id(), image);
        }
        else if (removeImage) {
            images.delete(badge.id());
        }
        audit.record(badge.courseId(), badge.id(), actor, "badge_updated", badge.name());
        return true;
    }

    /** Archives (no more evaluation or issuance; issued credentials stay valid) or restores a badge. */
    @Transactional
    public boolean setArchived(Badge badge, boolean archived, String actor) {
        Badge changed = new Badge(badge.id(), badge.courseId(), badge.achievementKey(), badge.name(), badge.description(),
                badge.criteriaNarrative(), badge.achievementType(), badge.rubricId(), badge.rule(), badge.skills(),
                badge.eu(), badge.validityDays(), badge.issuanceMode(), badge.design(), archived, badge.createdAt(),
                badge.updatedAt());
        if (!badges.update(changed)) {
            return false;
        }
        audit.record(badge.courseId(), badge.id(), actor, archived ? "badge_archived" : "badge_restored", badge.name());
        return true;
    }

    private static Badge withImageType(Badge badge, String mediaType) {
        BadgeDesign design = new BadgeDesign(badge.design().color(), badge.design().icon(), mediaType);
        return new Badge(badge.id(), badge.courseId(), badge.achievementKey(), badge.name(), badge.description(),
                badge.criteriaNarrative(), badge.achievementType(), badge.rubricId(), badge.rule(), badge.skills(),
                badge.eu(), badge.validityDays(), badge.issuanceMode(), design, badge.archived(), badge.createdAt(),
                badge.updatedAt());
    }
}
