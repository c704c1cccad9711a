package dev.laurel.tool.badges.rubric;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.util.Assert;

/**
 * One criterion of a rubric: a competency, its levels (kept in ascending order of points), the AGS line item
 * whose score rates it ({@code lineItemUrl}, null until bound) and the skills it is aligned to.
 */
public record RubricCriterion(String key, String name, String description, String lineItemUrl,
        List<RubricLevel> levels, List<SkillRef> skills) {

    public RubricCriterion {
        Assert.hasText(key, "key cannot be empty");
        Assert.hasText(name, "name cannot be empty");
        description = description == null ? "" : description;
        levels = levels == null ? List.of()
                : levels.stream().sorted(Comparator.comparingDouble(RubricLevel::points)).toList();
        skills = skills == null ? List.of() : List.copyOf(skills);
    }

    /** The top level's points (0 without levels). */
    public double maxPoints() {
        return levels.isEmpty() ? 0 : levels.get(levels.size() - 1).points();
    }

    public Optional<RubricLevel> level(String levelKey) {
        return levels.stream().filter(level -> level.key().equals(levelKey)).findFirst();
    }

    /**
     * The highest level reached by a score out of {@code scoreMaximum} on the criterion's line item, the score
     * scaled to the rubric's points; empty when the score is below every level or there is no score.
     */
    public Optional<RubricLevel> levelFor(Double score, Double scoreMaximum) {
        if (score == null || levels.isEmpty()) {
            return Optional.empty();
        }
        double scale = scoreMaximum == null || scoreMaximum <= 0 ? 1 : maxPoints() / scoreMaximum;
        double points = score * scale;
        RubricLevel reached = null;
        for (RubricLevel level : levels) {
            // a tolerance for scores that went through a platform's decimal rounding
            if (points + 1e-9 >= level.points()) {
                reached = level;
            }
        }
        return Optional.ofNullable(reached);
    }

    public RubricCriterion withLineItem(String url) {
        return new RubricCriterion(key, name, description, url, levels, skills);
    }
}
