package dev.laurel.tool.skills;

import java.util.List;
import org.springframework.util.Assert;

/**
 * One item of a skills framework.
 *
 * @param uri the concept URI (ESCO) or the O*NET OnLine descriptor URL; unique across frameworks
 * @param code the framework's own code: the ESCO concept UUID or the O*NET element id (e.g. {@code 2.A.1.a})
 * @param label the preferred label
 * @param altLabels alternative (and hidden) labels
 * @param description the framework's description, possibly empty
 * @param framework the framework the item belongs to
 * @param type skill or knowledge
 * @param reuseLevel ESCO's reuse level ({@code transversal}, {@code cross-sector}, ...), empty for O*NET
 */
public record Skill(String uri, String code, String label, List<String> altLabels, String description,
        Framework framework, SkillType type, String reuseLevel) {

    public Skill {
        Assert.hasText(uri, "uri cannot be empty");
        Assert.hasText(label, "label cannot be empty");
        Assert.notNull(framework, "framework cannot be null");
        Assert.notNull(type, "type cannot be null");
        altLabels = List.copyOf(altLabels);
        description = description == null ? "" : description;
        reuseLevel = reuseLevel == null ? "" : reuseLevel;
    }

    /** The description cut at a word boundary to at most {@code max} characters, with an ellipsis if cut. */
    public String shortDescription(int max) {
        if (description.length() <= max) {
            return description;
        }
        int cut = description.lastIndexOf(' ', max - 1);
        return description.substring(0, cut > max / 2 ? cut : max - 1).stripTrailing() + "…";
    }
}
