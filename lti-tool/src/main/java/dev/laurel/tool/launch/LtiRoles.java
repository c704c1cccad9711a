package dev.laurel.tool.launch;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Maps the LTI roles claim (full LIS v2 URIs, LTI 1.1 URNs and the short context role names some platforms
 * such as Moodle send) to Laurel roles. Unknown roles are ignored; no role at all is allowed.
 * <p>Decisions: system and institution {@code Administrator} (and {@code SysAdmin}) give ADMIN; context
 * {@code Instructor} with every sub-role (e.g. {@code TeachingAssistant}), {@code ContentDeveloper} and the
 * context {@code Administrator} give INSTRUCTOR; {@code Learner} and its sub-roles give LEARNER.
 * {@code Mentor} (parents, advisors who observe learners) gives no Laurel role: mentors see no course data.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#roles-claim">LTI 1.3 Core §5.3.7 Roles claim</a>
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#role-vocabularies">LTI 1.3 Core Appendix A.2 Role vocabularies</a>
 */
public final class LtiRoles {

    private static final String SYSTEM = "http://purl.imsglobal.org/vocab/lis/v2/system/person#";
    private static final String INSTITUTION = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#";
    private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    private static final String MEMBERSHIP_SUB = "http://purl.imsglobal.org/vocab/lis/v2/membership/";
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
                map(role.trim(), roles);
            }
        }
        return roles;
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
