package dev.laurel.tool.launch;

import dev.laurel.tool.lti.LaurelRole;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The authentication of a request inside an LTI session; its principal is the {@link LtiUser}. */
public final class LtiSessionAuthentication extends AbstractAuthenticationToken {

    private final transient LtiSession session;
    private final String sessionId;

    public LtiSessionAuthentication(LtiSession session, String sessionId) {
        super(authorities(session.user()));
        this.session = session;
        this.sessionId = sessionId;
        setAuthenticated(true);
    }

    /** The authorities of a user: one per Laurel role ({@link LaurelRole#authority()}). */
    public static Collection<GrantedAuthority> authorities(LtiUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        return authorities;
    }

    public LtiSession session() {
        return session;
    }

    /** The session id (a secret: never log it). */
    public String sessionId() {
        return sessionId;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public LtiUser getPrincipal() {
        return session.user();
    }

    @Override
    public String toString() {
        return "LtiSessionAuthentication[registration=" + session.user().registrationId() + ", roles="
                + session.user().roles() + "]";
    }
}
