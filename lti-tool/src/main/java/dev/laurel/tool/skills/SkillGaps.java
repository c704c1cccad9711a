package dev.laurel.tool.skills;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.util.Assert;

/**
 * What a learner lacks for a target (a pathway's skills): the missing skills, those closest to what the learner
 * already holds first, and the skills ESCO relates to them (ICT subset) as further recommendations.
 */
public final class SkillGaps {

    /** The most related skills one report recommends. */
    static final int MAX_RELATED = 10;

    private final SkillSearch search;

    public SkillGaps(SkillSearch search) {
        Assert.notNull(search, "search cannot be null");
        this.search = search;
    }

    /** The gap between {@code heldSkillUris} and {@code targetSkillUris}. */
    public SkillGapReport recommend(Set<String> heldSkillUris, Set<String> targetSkillUris) {
        Assert.notNull(heldSkillUris, "heldSkillUris cannot be null");
        Assert.notNull(targetSkillUris, "targetSkillUris cannot be null");
        SkillCatalog catalog = search.catalog();
        List<Skill> missing = new ArrayList<>();
        Set<String> unknown = new HashSet<>();
        for (String uri : targetSkillUris) {
            if (heldSkillUris.contains(uri)) {
                continue;
            }
            catalog.find(uri).ifPresentOrElse(missing::add, () -> unknown.add(uri));
        }
        Comparator<Skill> closestFirst = Comparator
                .comparingInt((Skill skill) -> -linksTo(catalog.relationsOf(skill.uri()), heldSkillUris))
                .thenComparing(Skill::label);
        missing.sort(closestFirst);
        return new SkillGapReport(missing, related(catalog, missing, heldSkillUris, targetSkillUris), unknown);
    }

    private static List<RelatedSkill> related(SkillCatalog catalog, List<Skill> missing, Set<String> held,
            Set<String> target) {
        Map<String, List<SkillRelation>> byRelated = new LinkedHashMap<>();
        for (Skill gap : missing) {
            for (SkillRelation relation : catalog.relationsOf(gap.uri())) {
                String uri = relation.relatedUri();
                if (!held.contains(uri) && !target.contains(uri)) {
                    byRelated.computeIfAbsent(uri, key -> new ArrayList<>())
                            .add(new SkillRelation(gap.uri(), relation.essential()));
                }
            }
        }
        List<RelatedSkill> related = new ArrayList<>();
        byRelated.forEach((uri, links) -> catalog.find(uri).ifPresent(skill -> related.add(new RelatedSkill(skill,
                links.stream().map(SkillRelation::relatedUri).distinct().toList(),
                links.stream().anyMatch(SkillRelation::essential)))));
        related.sort(Comparator.comparing((RelatedSkill skill) -> !skill.essential())
                .thenComparing(skill -> -skill.relatedTo().size())
                .thenComparing(skill -> skill.skill().label()));
        return related.subList(0, Math.min(MAX_RELATED, related.size()));
    }

    private static int linksTo(List<SkillRelation> relations, Set<String> held) {
        return (int) relations.stream().filter(relation -> held.contains(relation.relatedUri())).count();
    }

    /**
     * A skill ESCO relates to one or more missing skills.
     *
     * @param skill the related skill
     * @param relatedTo the missing skills it relates to
     * @param essential whether any of those relations is essential
     */
    public record RelatedSkill(Skill skill, List<String> relatedTo, boolean essential) {

        public RelatedSkill {
            relatedTo = List.copyOf(relatedTo);
        }
    }

    /**
     * The result of {@link #recommend}.
     *
     * @param missing target skills not held, closest to the held ones first, then by label
     * @param related further skills ESCO relates to the missing ones, essential relations and most links first
     * @param unknownUris target URIs that name no known skill
     */
    public record SkillGapReport(List<Skill> missing, List<RelatedSkill> related, Set<String> unknownUris) {

        public SkillGapReport {
            missing = List.copyOf(missing);
            related = List.copyOf(related);
            unknownUris = Set.copyOf(unknownUris);
        }
    }
}
