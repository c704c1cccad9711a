package dev.laurel.tool.credentials.document;

import org.springframework.util.Assert;

/** The level a learner reached on one rubric criterion of the achievement. */
public record AchievedResult(String criterionKey, String levelKey) {

    public AchievedResult {
        Assert.hasText(criterionKey, "criterionKey cannot be empty");
        Assert.hasText(levelKey, "levelKey cannot be empty");
    }
}
