package dev.laurel.tool.badges.evaluation;

import java.util.List;

/** Published after a course's badges were evaluated (issuance in automatic mode listens). */
public record BadgesEvaluatedEvent(long courseId, List<Long> badgeIds) {

    public BadgesEvaluatedEvent {
        badgeIds = List.copyOf(badgeIds);
    }
}
