package dev.laurel.tool.registration.web;

import dev.laurel.tool.registration.AdminAccess;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Starts a server-side admin session: a new session id (no fixation), the authentication saved where the admin
 * chain reads it. The launch side may call {@link #signInRegistrationAdministrator} after a launch whose roles
 * {@link AdminAccess#isPlatformAdministrator} accepts.
 */
@Component
public final class AdminSessions {

    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    /** Signs in the bootstrap Laurel admin ({@value AdminAccess#ADMIN_AUTHORITY}). */
    void signInLaurelAdmin(HttpServletRequest request, HttpServletResponse response) {
        signIn("laurel-admin", List.of(new SimpleGrantedAuthority(AdminAccess.ADMIN_AUTHORITY)), request, response);
    }

    /**
     * Signs in an LMS administrator for one registration ({@code ROLE_LTI_ADMIN_<registrationId>}), keeping any
     * authorities the current authentication already has.
     *
     * @param principal a non-personal label for the log and pages, e.g. {@code "lti-admin@<registrationId>"}
     */
    public void signInRegistrationAdministrator(long registrationId, String principal, HttpServletRequest request,
            HttpServletResponse response) {
        List<GrantedAuthority> authorities = new ArrayList<>(currentAuthorities());
        authorities.add(AdminAccess.registrationAdministrator(registrationId));
        signIn(principal, authorities, request, response);
    }

    private Collection<? extends GrantedAuthority> currentAuthorities() {
        Authentication current = holder.getContext().getAuthentication();
        return current == null || !current.isAuthenticated() ? List.of() : current.getAuthorities();
    }

    private void signIn(String principal, Collection<? extends GrantedAuthority> authorities,
            HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        holder.setContext(context);
        repository.saveContext(context, request, response);
    }
}
