package dev.laurel.tool.badges.rubric;

import org.springframework.util.Assert;

/**
 * One performance level of a criterion, e.g. "Proficient" worth 2 points. A learner reaches a level when the
 * criterion's score, scaled to the rubric's points, is at least the level's points.
 */
public record RubricLevel(String key, String name, String description, double points) {

    public RubricLevel {
        Assert.hasText(key, "key cannot be empty");
        Assert.hasText(name, "name cannot be empty");
        Assert.isTrue(Double.isFinite(points) && points >= 0, "points must be a finite number, 0 or more");
        description = description == null ? "" : description;
    }
}
