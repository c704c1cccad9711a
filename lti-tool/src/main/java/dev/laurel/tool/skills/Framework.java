package dev.laurel.tool.skills;

import java.util.Arrays;
import java.util.Optional;

/**
 * A skills framework Laurel aligns achievements to, with the name an Open Badges
 * <a href="https://www.imsglobal.org/spec/ob/v3p0/#alignment">Alignment</a> carries as {@code targetFramework}.
 */
public enum Framework {

    /** The European Skills, Competences, Qualifications and Occupations classification. */
    ESCO("ESCO", "ESCO"),

    /** The O*NET content model's Skills and Knowledge descriptors (USDOL/ETA). */
    ONET("O*NET-SOC", "O*NET");

    private final String targetFramework;

    private final String displayName;

    Framework(String targetFramework, String displayName) {
        this.targetFramework = targetFramework;
        this.displayName = displayName;
    }

    /** The framework's short name as a person reads it. */
    public String displayName() {
        return displayName;
    }

    /** The framework's name as an alignment's {@code targetFramework}. */
    public String targetFramework() {
        return targetFramework;
    }

    /** The framework a request names: {@code esco}, {@code onet}, {@code O*NET} or {@code O*NET-SOC}, any case. */
    public static Optional<Framework> fromParameter(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        return Arrays.stream(values())
                .filter(framework -> framework.name().equalsIgnoreCase(trimmed)
                        || framework.targetFramework.equalsIgnoreCase(trimmed)
                        || framework.displayName.equalsIgnoreCase(trimmed))
                .findFirst();
    }
}
