package dev.laurel.tool.credentials.document;

import dev.laurel.tool.credentials.document.AchievementDefinition.Alignment;
import dev.laurel.tool.credentials.document.AchievementDefinition.RubricCriterion;
import dev.laurel.tool.credentials.document.AchievementDefinition.RubricLevel;
import java.math.BigDecimal;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code Achievement} JSON: criteria, alignments, rubric {@code ResultDescription}s with their
 * {@code RubricCriterionLevel}s, and the EU elements as {@code ext:} terms ({@code EU-ELEMENTS.md}).
 */
final class AchievementDocuments {

    private final JsonMapper mapper;

    AchievementDocuments(JsonMapper mapper) {
        this.mapper = mapper;
    }

    static String criterionId(String achievementId, String criterionKey) {
        return achievementId + "#criterion-" + criterionKey;
    }

    static String levelId(String achievementId, String criterionKey, String levelKey) {
        return achievementId + "#criterion-" + criterionKey + "-level-" + levelKey;
    }

    ObjectNode achievement(String id, AchievementDefinition definition) {
        ObjectNode achievement = mapper.createObjectNode();
        achievement.put("id", id);
        achievement.putArray("type").add("Achievement");
        achievement.put("achievementType", definition.achievementType());
        achievement.put("name", definition.name());
        achievement.put("description", definition.description());
        achievement.putObject("criteria").put("narrative", definition.criteriaNarrative());
        if (definition.imageUrl() != null) {
            achievement.set("image", mapper.createObjectNode().put("id", definition.imageUrl()).put("type", "Image"));
        }
        if (!definition.alignments().isEmpty()) {
            ArrayNode alignments = achievement.putArray("alignment");
            definition.alignments().forEach(alignment -> alignments.add(alignment(alignment)));
        }
        if (!definition.criteria().isEmpty()) {
            ArrayNode descriptions = achievement.putArray("resultDescription");
            definition.criteria().forEach(criterion -> descriptions.add(resultDescription(id, criterion)));
        }
        if (definition.creditsAvailable() != null) {
            achievement.put("creditsAvailable", definition.creditsAvailable());
        }
        OpenBadgeDocuments.putIfPresent(achievement, "humanCode", definition.humanCode());
        OpenBadgeDocuments.putIfPresent(achievement, "fieldOfStudy", definition.fieldOfStudy());
        OpenBadgeDocuments.putIfPresent(achievement, "inLanguage", definition.inLanguage());
        if (definition.eu() != null) {
            euElements(achievement, definition.eu());
        }
        return achievement;
    }

    private ObjectNode alignment(Alignment alignment) {
        ObjectNode node = mapper.createObjectNode();
        node.putArray("type").add("Alignment");
        node.put("targetName", alignment.targetName());
        node.put("targetUrl", alignment.targetUrl());
        OpenBadgeDocuments.putIfPresent(node, "targetFramework", alignment.targetFramework());
        OpenBadgeDocuments.putIfPresent(node, "targetCode", alignment.targetCode());
        OpenBadgeDocuments.putIfPresent(node, "targetType", alignment.targetType());
        OpenBadgeDocuments.putIfPresent(node, "targetDescription", alignment.targetDescription());
        return node;
    }

    private ObjectNode resultDescription(String achievementId, RubricCriterion criterion) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", criterionId(achievementId, criterion.key()));
        node.putArray("type").add("ResultDescription");
        node.put("name", criterion.name());
        node.put("resultType", "RubricCriterionLevel");
        if (criterion.requiredLevelKey() != null) {
            node.put("requiredLevel", levelId(achievementId, criterion.key(), criterion.requiredLevelKey()));
        }
        ArrayNode levels = node.putArray("rubricCriterionLevel");
        for (RubricLevel level : criterion.levels()) {
            ObjectNode levelNode = levels.addObject();
            levelNode.put("id", levelId(achievementId, criterion.key(), level.key()));
            levelNode.putArray("type").add("RubricCriterionLevel");
            levelNode.put("name", level.name());
            OpenBadgeDocuments.putIfPresent(levelNode, "description", level.description());
            if (level.points() != null) {
                levelNode.put("points", BigDecimal.valueOf(level.points()).stripTrailingZeros().toPlainString());
            }
        }
        return node;
    }

    private void euElements(ObjectNode achievement, EuElements eu) {
        if (eu.ectsCredits() != null || eu.hours() != null) {
            ObjectNode workload = achievement.putObject("ext:workload");
            if (eu.ectsCredits() != null) {
                workload.put("ext:ectsCredits", eu.ectsCredits());
            }
            if (eu.hours() != null) {
                workload.put("ext:hours", eu.hours());
            }
        }
        OpenBadgeDocuments.putIfPresent(achievement, "ext:assessmentType", eu.assessmentType());
        OpenBadgeDocuments.putIfPresent(achievement, "ext:assessmentDescription", eu.assessmentDescription());
        OpenBadgeDocuments.putIfPresent(achievement, "ext:participationMode", eu.participationMode());
        if (eu.qualityAssuranceType() != null) {
            ObjectNode qa = achievement.putObject("ext:qualityAssurance");
            qa.put("ext:type", eu.qualityAssuranceType());
            OpenBadgeDocuments.putIfPresent(qa, "ext:description", eu.qualityAssuranceDescription());
            OpenBadgeDocuments.putIfPresent(qa, "ext:url", eu.qualityAssuranceUrl());
        }
        OpenBadgeDocuments.putIfPresent(achievement, "ext:prerequisites", eu.prerequisites());
        OpenBadgeDocuments.putIfPresent(achievement, "ext:supervision", eu.supervision());
        OpenBadgeDocuments.putIfPresent(achievement, "ext:stacking", eu.stacking());
    }
}
