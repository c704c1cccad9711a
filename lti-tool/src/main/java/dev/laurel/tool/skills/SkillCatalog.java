package dev.laurel.tool.skills;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every skill Laurel knows, ESCO and O*NET, by URI, with ESCO's skill-to-skill relations. Immutable.
 *
 * @param skills every skill by URI, in file order (ESCO first)
 * @param relations each ESCO skill's relations (ICT subset), from both ends
 */
public record SkillCatalog(Map<String, Skill> skills, Map<String, List<SkillRelation>> relations) {

    public SkillCatalog {
        skills = Collections.unmodifiableMap(new LinkedHashMap<>(skills));
        relations = Map.copyOf(relations);
    }

    /** The catalogue of the framework files shipped in the jar. */
    public static SkillCatalog load() {
        List<Skill> all = new ArrayList<>(EscoSkillsReader.read(SkillDataFiles.open(SkillDataFiles.ESCO_SKILLS)));
        all.addAll(OnetSkillsReader.read(SkillDataFiles.open(SkillDataFiles.ONET_CONTENT_MODEL)));
        Map<String, Skill> byUri = new LinkedHashMap<>();
        all.forEach(skill -> byUri.putIfAbsent(skill.uri(), skill));
        return new SkillCatalog(byUri,
                EscoSkillRelationsReader.read(SkillDataFiles.open(SkillDataFiles.ESCO_SKILL_RELATIONS)));
    }

    /** The skill with {@code uri}. */
    public Optional<Skill> find(String uri) {
        return uri == null ? Optional.empty() : Optional.ofNullable(skills.get(uri.trim()));
    }

    /** How many skills {@code framework} contributes. */
    public long count(Framework framework) {
        return skills.values().stream().filter(skill -> skill.framework() == framework).count();
    }

    /** The ESCO relations of {@code uri}, empty when the ICT subset has none. */
    public List<SkillRelation> relationsOf(String uri) {
        return relations.getOrDefault(uri, List.of());
    }
}
