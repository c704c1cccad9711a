package dev.laurel.tool.lti;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The LTI role vocabulary: maps the roles a platform sends (full LIS v2 URIs, LTI 1.1 URNs and the short context
 * role names such as Moodle's {@code Learner} in launches and NRPS) to Laurel roles, and normalises short names to
 * full URIs for storage. Unknown roles are ignored; no role at all is allowed.
 * <p>Decisions: system and institution {@code Administrator} (and {@code SysAdmin}) give ADMIN; context
 * {@code Instructor} with every sub-role (e.g. {@code TeachingAssistant}), {@code ContentDeveloper} and the
 * context {@code Administrator} give INSTRUCTOR; {@code Learner} and its sub-roles give LEARNER.
 * {@code Mentor} (parents, advisors who observe learners) gives no Laurel role: mentors see no course data.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#roles-claim">LTI 1.3 Core §5.3.7 Roles claim</a>
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#role-vocabularies">LTI 1.3 Core Appendix A.2 Role vocabularies</a>
 */
public final class LtiRoles {

    public static final String CONTEXT_ROLE = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    public static final String INSTITUTION_ROLE = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#";
    public static final String SYSTEM_ROLE = "http://purl.imsglobal.org/vocab/lis/v2/system/person#";
    public static final String LEARNER = CONTEXT_ROLE + "Learner";
    public static final String INSTRUCTOR = CONTEXT_ROLE + "Instructor";
    public static final String CONTEXT_SUB_ROLE = "http://purl.imsglobal.org/vocab/lis/v2/membership/";
    public static final String TEACHING_ASSISTANT = CONTEXT_SUB_ROLE + "Instructor#TeachingAssistant";

    private static final String SYSTEM = SYSTEM_ROLE;
    private static final String INSTITUTION = INSTITUTION_ROLE;
    private static final String MEMBERSHIP = CONTEXT_ROLE;
    private static final Set<String> CONTEXT_ROLE_NAMES = Set.of("Administrator", "ContentDeveloper", "Instructor",
            "Learner", "Mentor", "Manager", "Member", "Officer");
    private static final String MEMBERSHIP_SUB = CONTEXT_SUB_ROLE;
    private static final String LTI11_SYSTEM = "urn:lti:sysrole:ims/lis/";
    private static final String LTI11_INSTITUTION = "urn:lti:instrole:ims/lis/";
    private static final String LTI11_CONTEXT = "urn:lti:role:ims/lis/";

    private LtiRoles() {
    }

    /** The Laurel roles the given LTI roles grant (empty for none or only unknown roles). */
    public static Set<LaurelRole> laurelRoles(Collection<String> ltiRoles) {
        Set<LaurelRole> roles = EnumSet.noneOf(LaurelRole.class);
        if (ltiRoles == null) {
            return roles;
        }
        for (String role : ltiRoles) {
            if (role != null) {
                map(normalize(role), roles);
            }
        }
        return roles;
    }

    /**
     * The full URI of {@code role}: a URI stays as it is; a short context role name ({@code Learner}) gets the
     * membership vocabulary prefix, a short sub-role ({@code Instructor#TeachingAssistant}) the sub-role one.
     *
     * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#lis-vocabulary-for-context-roles">LTI 1.3 Core §A.2.3 context sub-roles</a>
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
        if (!CONTEXT_ROLE_NAMES.contains(principal)) {
            return trimmed;
        }
        return trimmed.contains("#") ? CONTEXT_SUB_ROLE + trimmed : CONTEXT_ROLE + trimmed;
    }

    /** Every role normalised, duplicates and blanks dropped, order kept. */
    public static Set<String> normalizeAll(Collection<String> roles) {
        Set<String> normalized = new LinkedHashSet<>();
        if (roles != null) {
            roles.stream().filter(role -> role != null && !role.isBlank()).map(LtiRoles::normalize).forEach(normalized::add);
        }
        return normalized;
    }

    /** Whether the roles make the person a learner of the context (sub-roles and LTI 1.1 names included). */
    public static boolean isLearner(Collection<String> roles) {
        return laurelRoles(roles).contains(LaurelRole.LEARNER);
    }

    /** Whether the roles let the person teach the context, or administer the institution or system. */
    public static boolean isInstructor(Collection<String> roles) {
        Set<LaurelRole> laurelRoles = laurelRoles(roles);
        return laurelRoles.contains(LaurelRole.INSTRUCTOR) || laurelRoles.contains(LaurelRole.ADMIN);
    }

    private static void map(String role, Set<LaurelRole> roles) {
        if (isOneOf(role, SYSTEM, "Administrator", "SysAdmin") || isOneOf(role, INSTITUTION, "Administrator")
                || isOneOf(role, LTI11_SYSTEM, "Administrator", "SysAdmin")
                || isOneOf(role, LTI11_INSTITUTION, "Administrator")) {
            roles.add(LaurelRole.ADMIN);
            return;
        }
        String contextRole = contextRole(role);
        if (contextRole == null) {
            return;
        }
        switch (contextRole) {
            case "Instructor", "TeachingAssistant", "ContentDeveloper", "Administrator" -> roles.add(LaurelRole.INSTRUCTOR);
            case "Learner", "Student" -> roles.add(LaurelRole.LEARNER);
            default -> { }
        }
    }

    /** The context role's principal name, from a full URI, a sub-role URI, an LTI 1.1 URN or a short name. */
    private static String contextRole(String role) {
        if (role.startsWith(MEMBERSHIP)) {
            return role.substring(MEMBERSHIP.length());
        }
        if (role.startsWith(MEMBERSHIP_SUB)) {
            String principal = role.substring(MEMBERSHIP_SUB.length(), Math.max(role.indexOf('#'), MEMBERSHIP_SUB.length()));
            return principal.isEmpty() ? null : principal;
        }
        if (role.startsWith(LTI11_CONTEXT)) {
            String name = role.substring(LTI11_CONTEXT.length());
            int slash = name.indexOf('/');
            return slash < 0 ? name : name.substring(0, slash);
        }
        if (!role.contains(":") && !role.contains("/") && !role.contains("#")) {
            return role;
        }
        return null;
    }

    private static boolean isOneOf(String role, String prefix, String... names) {
        if (!role.startsWith(prefix)) {
            return false;
        }
        String name = role.substring(prefix.length());
        for (String candidate : names) {
            if (candidate.equals(name)) {
                return true;
            }
        }
        return false;
    }
}
