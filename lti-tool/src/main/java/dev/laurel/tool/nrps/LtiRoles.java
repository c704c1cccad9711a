package dev.laurel.tool.nrps;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * LTI role vocabulary: turns the roles a platform sends (full URIs, or short names such as Moodle's
 * {@code Learner} / {@code Instructor} in NRPS) into full URIs, and answers the usual questions about them.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#role-vocabularies">LTI 1.3 Core §A.2 role vocabularies</a>
 */
public final class LtiRoles {

    public static final String CONTEXT_ROLE = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

    public static final String INSTITUTION_ROLE = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#";

    public static final String SYSTEM_ROLE = "http://purl.imsglobal.org/vocab/lis/v2/system/person#";

    public static final String LEARNER = CONTEXT_ROLE + "Learner";

    public static final String INSTRUCTOR = CONTEXT_ROLE + "Instructor";

    public static final String CONTENT_DEVELOPER = CONTEXT_ROLE + "ContentDeveloper";

    public static final String TEACHING_ASSISTANT = CONTEXT_ROLE + "Instructor#TeachingAssistant";

    public static final String ADMINISTRATOR = CONTEXT_ROLE + "Administrator";

    public static final String MENTOR = CONTEXT_ROLE + "Mentor";

    private static final Set<String> CONTEXT_ROLE_NAMES = Set.of("Administrator", "ContentDeveloper", "Instructor",
            "Learner", "Mentor", "Manager", "Member", "Officer");

    private LtiRoles() {
    }

    /**
     * The full URI of {@code role}: a URI stays as it is; a short context role name ({@code Learner}) or
     * sub-role ({@code Instructor#TeachingAssistant}) gets the membership vocabulary prefix.
     */
    public static String normalize(String role) {
        if (role == null) {
            return null;
        }
        String trimmed = role.trim();
        if (trimmed.contains(":")) {
            return trimmed;
        }
        String principal = trimmed.contains("#") ? trimmed.substring(0, trimmed.indexOf('#')) : trimmed;
        return CONTEXT_ROLE_NAMES.contains(principal) ? CONTEXT_ROLE + trimmed : trimmed;
    }

    /** Every role normalised, duplicates and blanks dropped, order kept. */
    public static Set<String> normalizeAll(Collection<String> roles) {
        Set<String> normalized = new LinkedHashSet<>();
        if (roles != null) {
            roles.stream().filter(role -> role != null && !role.isBlank()).map(LtiRoles::normalize).forEach(normalized::add);
        }
        return normalized;
    }

    /** Whether the roles make the person a learner of the context. */
    public static boolean isLearner(Collection<String> roles) {
        return normalizeAll(roles).contains(LEARNER);
    }

    /** Whether the roles let the person teach the context: instructor, teaching assistant, content developer or administrator. */
    public static boolean isInstructor(Collection<String> roles) {
        return normalizeAll(roles).stream().anyMatch(role -> role.startsWith(INSTRUCTOR) || role.equals(CONTENT_DEVELOPER)
                || role.equals(ADMINISTRATOR) || role.equals(INSTITUTION_ROLE + "Administrator")
                || role.equals(SYSTEM_ROLE + "Administrator"));
    }
}
