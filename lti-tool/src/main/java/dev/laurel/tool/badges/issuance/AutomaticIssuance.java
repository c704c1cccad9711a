package dev.laurel.tool.badges.issuance;

import dev.laurel.tool.badges.badge.Badge;
import dev.laurel.tool.badges.badge.Badges;
import dev.laurel.tool.badges.badge.IssuanceMode;
import dev.laurel.tool.badges.evaluation.BadgesEvaluatedEvent;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Automatic mode: after each evaluation of a course, the badges in {@link IssuanceMode#AUTO} are issued (in one
 * run) to the learners who qualify and do not hold them yet. A failure here never fails the course sync.
 */
@Component
class AutomaticIssuance {

    private static final Logger log = LoggerFactory.getLogger(AutomaticIssuance.class);

    private final Badges badges;
    private final IssuanceService issuance;

    AutomaticIssuance(Badges badges, IssuanceService issuance) {
        this.badges = badges;
        this.issuance = issuance;
    }

    @EventListener
    void onBadgesEvaluated(BadgesEvaluatedEvent event) {
        List<Long> automatic = event.badgeIds().stream()
            .map(badgeId -> badges.find(event.courseId(), badgeId))
            .flatMap(Optional::stream)
            .filter(badge -> badge.issuanceMode() == IssuanceMode.AUTO && !badge.archived())
            .map(Badge::id)
            .toList();
        if (automatic.isEmpty()) {
            return;
        }
        try {
            issuance.issueAllQualifying(event.courseId(), automatic, IssuanceService.AUTOMATIC_ACTOR, "auto-" + UUID.randomUUID(), true)
                .ifPresent(run -> log.info("Automatic issuance run {} for course {} ({} badges)", run.runId(),
                        event.courseId(), automatic.size()));
        }
        catch (RuntimeException ex) {
            log.warn("Automatic issuance for course {} could not be scheduled: {}", event.courseId(), ex.getClass().getSimpleName());
        }
    }
}
