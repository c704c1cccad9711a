package dev.laurel.tool.credentials.wallet;

import com.nimbusds.jose.JWSObject;
import dev.laurel.tool.credentials.IssuedCredential;
import java.text.ParseException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a learner's credential says, read from the credential itself (the VC-JWT payload or the JSON with its
 * proof): the achievement, its criteria, the rubric levels reached and the aligned skills.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#achievementsubject">Open Badges 3.0 §B.1.4 AchievementSubject</a>
 */
public record BadgeContent(String name, String description, String criteriaNarrative, String imageUrl,
        String achievementType, String issuerName, Instant issuedAt, List<RubricOutcome> outcomes,
        List<Skill> skills) {

    /** The level reached on one rubric criterion ({@code result.achievedLevel} within its {@code resultDescription}). */
    public record RubricOutcome(String criterion, String level, String levelDescription, String requiredLevel) {
    }

    /** An alignment of the achievement (a skill or framework level). */
    public record Skill(String name, String url, String framework) {
    }

    /** The issue date as a reader sees it ("29 November 2026", UTC), or null. */
    public String issuedOn() {
        return LearnerBadge.day(issuedAt);
    }

    /** Reads the credential's document; a VC-JWT's payload is the credential (OB 3.0 §8.2.4.2). */
    static BadgeContent of(IssuedCredential credential, JsonMapper mapper) {
        JsonNode document = mapper.readTree(documentJson(credential));
        JsonNode subject = document.path("credentialSubject");
        JsonNode achievement = subject.path("achievement");
        JsonNode issuer = document.path("issuer");
        String issuerName = issuer.isObject() ? issuer.path("name").asString(issuer.path("id").asString("")) : issuer.asString("");
        JsonNode image = achievement.path("image");
        String imageUrl = image.isObject() ? image.path("id").asString(null) : image.asString(null);
        String name = achievement.path("name").asString(document.path("name").asString("Badge"));
        return new BadgeContent(name, achievement.path("description").asString(""),
                achievement.path("criteria").path("narrative").asString(""), imageUrl,
                achievement.path("achievementType").asString("Badge"), issuerName,
                instant(document.path("validFrom").asString(document.path("awardedDate").asString(null))),
                outcomes(subject.path("result"), achievement.path("resultDescription")), skills(achievement.path("alignment")));
    }

    /** The credential's JSON document: the serialized JSON, or the JWS payload of a VC-JWT. */
    static String documentJson(IssuedCredential credential) {
        if (!IssuedCredential.VC_JWT.equals(credential.mediaType())) {
            return credential.serialized();
        }
        try {
            return JWSObject.parse(credential.serialized()).getPayload().toString();
        }
        catch (ParseException ex) {
            throw new IllegalStateException("credential_unreadable: the stored VC-JWT does not parse", ex);
        }
    }

    private static List<RubricOutcome> outcomes(JsonNode results, JsonNode descriptions) {
        List<RubricOutcome> outcomes = new ArrayList<>();
        for (JsonNode result : results) {
            String descriptionId = result.path("resultDescription").asString("");
            String levelId = result.path("achievedLevel").asString("");
            JsonNode description = byId(descriptions, descriptionId);
            JsonNode level = description == null ? null : byId(description.path("rubricCriterionLevel"), levelId);
            JsonNode required = description == null ? null
                    : byId(description.path("rubricCriterionLevel"), description.path("requiredLevel").asString(""));
            outcomes.add(new RubricOutcome(description == null ? descriptionId : description.path("name").asString(descriptionId),
                    level == null ? levelId : level.path("name").asString(levelId),
                    level == null ? null : level.path("description").asString(null),
                    required == null ? null : required.path("name").asString(null)));
        }
        return outcomes;
    }

    private static List<Skill> skills(JsonNode alignments) {
        List<Skill> skills = new ArrayList<>();
        for (JsonNode alignment : alignments) {
            skills.add(new Skill(alignment.path("targetName").asString(""), alignment.path("targetUrl").asString(null),
                    alignment.path("targetFramework").asString(null)));
        }
        return skills;
    }

    private static JsonNode byId(JsonNode array, String id) {
        for (JsonNode node : array) {
            if (id.equals(node.path("id").asString(null))) {
                return node;
            }
        }
        return null;
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        }
        catch (DateTimeParseException ex) {
            return null;
        }
    }
}
