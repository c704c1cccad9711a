package dev.laurel.tool.credentials.document;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The OB 3.0 rules the JSON Schema leaves out: each object's {@code type} MUST include its class's IRI
 * ("The type MUST include the IRI 'Evidence'", …), checked for the classes a credential nests.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#data-model">Open Badges 3.0 §B.1 Data Model</a>
 */
public final class TypeValueRules {

    private TypeValueRules() {
    }

    /** Each violation as "path: type must include X". */
    public static List<String> violations(JsonNode credential) {
        List<String> violations = new ArrayList<>();
        profile(credential.path("issuer"), "/issuer", violations);
        JsonNode subject = credential.path("credentialSubject");
        boolean endorsement = hasType(credential.path("type"), "EndorsementCredential");
        if (subject.isObject()) {
            require(subject, endorsement ? "EndorsementSubject" : "AchievementSubject", "/credentialSubject", violations);
            profile(subject.path("source"), "/credentialSubject/source", violations);
            each(subject.path("identifier"), "/credentialSubject/identifier", "IdentityObject", violations);
            JsonNode results = subject.path("result");
            each(results, "/credentialSubject/result", "Result", violations);
            forEach(results, "/credentialSubject/result", (node, path) -> each(node.path("alignment"), path + "/alignment", "Alignment", violations));
            achievement(subject.path("achievement"), "/credentialSubject/achievement", violations);
        }
        each(credential.path("evidence"), "/evidence", "Evidence", violations);
        return violations;
    }

    private static void achievement(JsonNode achievement, String path, List<String> violations) {
        if (!achievement.isObject()) {
            return;
        }
        require(achievement, "Achievement", path, violations);
        profile(achievement.path("creator"), path + "/creator", violations);
        each(achievement.path("alignment"), path + "/alignment", "Alignment", violations);
        JsonNode descriptions = achievement.path("resultDescription");
        each(descriptions, path + "/resultDescription", "ResultDescription", violations);
        forEach(descriptions, path + "/resultDescription", (node, p) -> {
            each(node.path("rubricCriterionLevel"), p + "/rubricCriterionLevel", "RubricCriterionLevel", violations);
            each(node.path("alignment"), p + "/alignment", "Alignment", violations);
        });
    }

    private static void profile(JsonNode profile, String path, List<String> violations) {
        if (!profile.isObject()) {
            return;
        }
        require(profile, "Profile", path, violations);
        each(profile.path("otherIdentifier"), path + "/otherIdentifier", "IdentifierEntry", violations);
        profile(profile.path("parentOrg"), path + "/parentOrg", violations);
    }

    private static void each(JsonNode nodes, String path, String type, List<String> violations) {
        forEach(nodes, path, (node, p) -> require(node, type, p, violations));
    }

    private static void forEach(JsonNode nodes, String path, java.util.function.BiConsumer<JsonNode, String> action) {
        if (nodes.isObject()) {
            action.accept(nodes, path);
        }
        else if (nodes.isArray()) {
            for (int i = 0; i < nodes.size(); i++) {
                if (nodes.get(i).isObject()) {
                    action.accept(nodes.get(i), path + "/" + i);
                }
            }
        }
    }

    private static void require(JsonNode node, String type, String path, List<String> violations) {
        if (!hasType(node.path("type"), type)) {
            violations.add(path + "/type: must include '" + type + "'");
        }
    }

    static boolean hasType(JsonNode types, String type) {
        if (types.isString()) {
            return type.equals(types.asString());
        }
        for (JsonNode each : types) {
            if (type.equals(each.asString(""))) {
                return true;
            }
        }
        return false;
    }
}
