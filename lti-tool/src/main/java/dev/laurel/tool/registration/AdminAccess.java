package dev.laurel.tool.registration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who may see and change registrations: a Laurel admin ({@value #ADMIN_AUTHORITY}, from the one-time setup
 * link) sees all; an LMS administrator launching Laurel through registration {@code N} gets
 * {@code ROLE_LTI_ADMIN_N} and sees only that registration.
 *
 * <p>The launch side grants it: put {@link #authoritiesForLaunch(long, Collection)} into the launch's
 * {@link Authentication} and save the security context in the HTTP session (Spring Security's default
 * {@code HttpSessionSecurityContextRepository}), which the admin pages read.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#lis-vocabulary-for-system-roles">LTI 1.3 Core A.2.1–A.2.2 system and institution roles</a>
 */
@Component
public final class AdminAccess {

    /** A Laurel admin: every registration, manual registration, Laurel's URLs. */
    public static final String ADMIN_AUTHORITY = "ROLE_ADMIN";
    /** Prefix of the authority for one registration: {@code ROLE_LTI_ADMIN_<registrationId>}. */
    public static final String LTI_ADMIN_AUTHORITY_PREFIX = "ROLE_LTI_ADMIN_";

    /** LTI roles of an LMS administrator (system or institution level, never a course-level role). */
    public static final Set<String> PLATFORM_ADMINISTRATOR_ROLES = Set.of(
            "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator",
            "http://purl.imsglobal.org/vocab/lis/v2/system/person#SysAdmin",
            "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator");

    /** The authority for administering one registration. */
    public static GrantedAuthority registrationAdministrator(long registrationId) {
        return new SimpleGrantedAuthority(LTI_ADMIN_AUTHORITY_PREFIX + registrationId);
    }

    /** Whether these LTI roles (the launch's roles claim) make the user an LMS administrator. */
    public boolean isPlatformAdministrator(Collection<String> ltiRoles) {
        return ltiRoles != null && ltiRoles.stream().anyMatch(PLATFORM_ADMINISTRATOR_ROLES::contains);
    }

    /** The admin authorities a launch through {@code registrationId} with these roles earns (often none). */
    public List<GrantedAuthority> authoritiesForLaunch(long registrationId, Collection<String> ltiRoles) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (isPlatformAdministrator(ltiRoles)) {
            authorities.add(registrationAdministrator(registrationId));
        }
        return authorities;
    }

    /** Whether the user is a Laurel admin. */
    public boolean isAdmin(Authentication authentication) {
        return has(authentication, ADMIN_AUTHORITY);
    }

    /** Whether the user may see and change this registration. */
    public boolean canManage(Authentication authentication, long registrationId) {
        return isAdmin(authentication) || has(authentication, LTI_ADMIN_AUTHORITY_PREFIX + registrationId);
    }

    private static boolean has(Authentication authentication, String authority) {
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .anyMatch(granted -> authority.equals(granted.getAuthority()));
    }
}
