package dev.laurel.tool.skills;

import java.util.Arrays;
import java.util.Optional;

/**
 * A skills framework Laurel aligns achievements to, with the name an Open Badges
 * <a href="https://www.imsglobal.org/spec/ob/v3p0/#alignment">Alignment</a> carries as {@code targetFramework}.
 */
public enum Framework {

    /** The European Skills, Competences, Qualifications and Occupations classification. */
    ESCO("ESCO"),

    /** The O*NET content model's Skills and Knowledge descriptors (USDOL/ETA). */
    ONET("O*NET-SOC");

    private final String targetFramework;

    Framework(String targetFramework) {
        this.targetFramework = targetFramework;
    }

    /** The framework's name as an alignment's {@code targetFramework}. */
    public String targetFramework() {
        return targetFramework;
    }

    /** The framework for a request parameter: {@code esco}, {@code onet} or {@code O*NET-SOC}, any case. */
    public static Optional<Framework> fromParameter(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        return Arrays.stream(values())
                .filter(framework -> framework.name().equalsIgnoreCase(trimmed)
                        || framework.targetFramework.equalsIgnoreCase(trimmed)
                        || ("o*net".equalsIgnoreCase(trimmed) && framework == ONET))
                .findFirst();
    }
}
