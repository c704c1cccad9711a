package dev.laurel.tool.badges.rubric;

import org.springframework.util.Assert;

/** A skill from the ESCO or O*NET catalogue that a criterion or badge is aligned to. */
public record SkillRef(String uri, String name, String framework) {

    public SkillRef {
        Assert.hasText(uri, "uri cannot be empty");
        Assert.hasText(name, "name cannot be empty");
        Assert.hasText(framework, "framework cannot be empty");
    }
}
