package dev.laurel.tool.credentials.document;

import java.util.List;
import org.springframework.util.Assert;

/**
 * What a badge is, as the badges feature defines it; becomes the credential's {@code Achievement}.
 *
 * @param key stable short key; the achievement's id is {@code {public-url}/achievements/{key}}
 * @param achievementType an OB 3.0 achievement type ({@code Badge}, {@code MicroCredential}, …) or {@code ext:…}
 * @param creditsAvailable the notional workload in hours, as OB 3.0 defines {@code creditsAvailable}, or null
 * @param criteria the rubric criteria whose achieved levels the credential's results report
 * @param eu the EU micro-credential elements that OB 3.0 has no field for, or null
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#achievement">Open Badges 3.0 §B.1.2 Achievement</a>
 */
public record AchievementDefinition(String key, String name, String description, String criteriaNarrative,
        String imageUrl, String achievementType, List<Alignment> alignments, List<RubricCriterion> criteria,
        Double creditsAvailable, String humanCode, String fieldOfStudy, String inLanguage, EuElements eu) {

    public AchievementDefinition {
        Assert.isTrue(key != null && key.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}"), "key must be a short URL-safe string");
        Assert.hasText(name, "name cannot be empty");
        Assert.hasText(description, "description cannot be empty");
        Assert.hasText(criteriaNarrative, "criteriaNarrative cannot be empty");
        achievementType = achievementType == null ? "Badge" : achievementType;
        alignments = alignments == null ? List.of() : List.copyOf(alignments);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    /**
     * One alignment to a framework item: an ESCO skill ({@code targetFramework} "ESCO", {@code targetType}
     * {@code ceasn:Competency}) or an EQF level ({@code targetFramework} "European Qualifications Framework").
     */
    public record Alignment(String targetName, String targetUrl, String targetFramework, String targetCode,
            String targetType, String targetDescription) {

        public Alignment {
            Assert.hasText(targetName, "targetName cannot be empty");
            Assert.hasText(targetUrl, "targetUrl cannot be empty");
        }

        public static Alignment esco(String skillName, String escoUri) {
            return new Alignment(skillName, escoUri, "ESCO", null, "ceasn:Competency", null);
        }

        public static Alignment eqfLevel(int level) {
            return new Alignment("EQF level " + level, "http://data.europa.eu/snb/eqf/" + level,
                    "European Qualifications Framework", String.valueOf(level), null, null);
        }
    }

    /** A rubric criterion with its levels; becomes a {@code ResultDescription} of result type {@code RubricCriterionLevel}. */
    public record RubricCriterion(String key, String name, List<RubricLevel> levels, String requiredLevelKey) {

        public RubricCriterion {
            Assert.hasText(key, "key cannot be empty");
            Assert.hasText(name, "name cannot be empty");
            levels = levels == null ? List.of() : List.copyOf(levels);
        }
    }

    /** One level of a rubric criterion; becomes a {@code RubricCriterionLevel}. */
    public record RubricLevel(String key, String name, String description, Double points) {

        public RubricLevel {
            Assert.hasText(key, "key cannot be empty");
            Assert.hasText(name, "name cannot be empty");
        }
    }
}
