package dev.laurel.tool.badges.rubric;

import java.util.List;
import java.util.Optional;
import org.springframework.util.Assert;

/**
 * A competency rubric of a course (Laurel's course id): named criteria, each with its ordered levels. A stored
 * rubric has a positive id; a draft has 0.
 */
public record Rubric(long id, long courseId, String name, String description, List<RubricCriterion> criteria) {

    public Rubric {
        Assert.hasText(name, "name cannot be empty");
        description = description == null ? "" : description;
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    public Optional<RubricCriterion> criterion(String key) {
        return criteria.stream().filter(criterion -> criterion.key().equals(key)).findFirst();
    }

    /** The best total: every criterion at its top level. */
    public double maxTotal() {
        return criteria.stream().mapToDouble(RubricCriterion::maxPoints).sum();
    }

    public Rubric withId(long newId) {
        return new Rubric(newId, courseId, name, description, criteria);
    }
}
