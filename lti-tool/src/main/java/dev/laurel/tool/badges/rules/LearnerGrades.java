package dev.laurel.tool.badges.rules;

import java.util.Map;
import java.util.Optional;
import org.springframework.util.Assert;

/** What one learner was graded in the course: line item URL → grade. */
public record LearnerGrades(String userId, Map<String, Grade> byLineItem) {

    public LearnerGrades {
        Assert.hasText(userId, "userId cannot be empty");
        byLineItem = byLineItem == null ? Map.of() : Map.copyOf(byLineItem);
    }

    public Optional<Grade> grade(String lineItemUrl) {
        return lineItemUrl == null ? Optional.empty() : Optional.ofNullable(byLineItem.get(lineItemUrl));
    }
}
