package dev.laurel.tool.badges.rules;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.springframework.util.Assert;

/**
 * When a learner earns a badge: conditions on rubric criteria, the rubric total and line items, combined with
 * all / any / at least n. Every condition is monotone (a higher grade never turns it false), so raising a
 * learner's grade never takes eligibility away. Stored as JSON with a {@code type} property.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = AwardRule.CriterionAtLeast.class, name = "criterion"),
        @JsonSubTypes.Type(value = AwardRule.TotalAtLeast.class, name = "total"),
        @JsonSubTypes.Type(value = AwardRule.LineItemAtLeast.class, name = "lineItem"),
        @JsonSubTypes.Type(value = AwardRule.AllOf.class, name = "all"),
        @JsonSubTypes.Type(value = AwardRule.AnyOf.class, name = "any"),
        @JsonSubTypes.Type(value = AwardRule.AtLeast.class, name = "atLeast") })
public sealed interface AwardRule {

    /** The rubric criterion {@code criterionKey} reached at least the level {@code levelKey}. */
    record CriterionAtLeast(String criterionKey, String levelKey) implements AwardRule {

        public CriterionAtLeast {
            Assert.hasText(criterionKey, "criterionKey cannot be empty");
            Assert.hasText(levelKey, "levelKey cannot be empty");
        }
    }

    /** The points of the levels reached on the rubric's criteria add up to at least {@code points}. */
    record TotalAtLeast(double points) implements AwardRule {

        public TotalAtLeast {
            Assert.isTrue(Double.isFinite(points) && points >= 0, "points must be 0 or more");
        }
    }

    /** The line item's score is at least {@code percent} % of its maximum. */
    record LineItemAtLeast(String lineItemUrl, String label, double percent) implements AwardRule {

        public LineItemAtLeast {
            Assert.hasText(lineItemUrl, "lineItemUrl cannot be empty");
            Assert.isTrue(Double.isFinite(percent) && percent >= 0 && percent <= 100, "percent must be between 0 and 100");
            label = label == null || label.isBlank() ? lineItemUrl : label;
        }
    }

    /** Every condition holds (an empty list holds). */
    record AllOf(List<AwardRule> conditions) implements AwardRule {

        public AllOf {
            conditions = conditions == null ? List.of() : List.copyOf(conditions);
        }
    }

    /** At least one condition holds (an empty list does not hold). */
    record AnyOf(List<AwardRule> conditions) implements AwardRule {

        public AnyOf {
            conditions = conditions == null ? List.of() : List.copyOf(conditions);
        }
    }

    /** At least {@code count} of the conditions hold. */
    record AtLeast(int count, List<AwardRule> conditions) implements AwardRule {

        public AtLeast {
            conditions = conditions == null ? List.of() : List.copyOf(conditions);
            Assert.isTrue(count >= 1, "count must be at least 1");
        }
    }

    /** Every criterion of the rubric at least at the level named {@code levelName} (the usual badge rule). */
    static AwardRule everyCriterionAtLeast(dev.laurel.tool.badges.rubric.Rubric rubric, String levelName) {
        return new AllOf(rubric.criteria().stream()
            .map(criterion -> (AwardRule) new CriterionAtLeast(criterion.key(), criterion.levels().stream()
                .filter(level -> level.name().equalsIgnoreCase(levelName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no level " + levelName + " in " + criterion.name()))
                .key()))
            .toList());
    }
}
