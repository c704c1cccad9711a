package dev.laurel.tool.launch;

import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * A validated launch: its message, whether it came without cookies (platform storage), the id of the session it
 * started (a secret the browser carries; never in {@link #toString()}), and the authorities.
 */
public final class LtiLaunchAuthentication extends AbstractAuthenticationToken {

    private final LtiLaunchMessage message;
    private final boolean cookieless;
    private final String sessionId;

    public LtiLaunchAuthentication(LtiLaunchMessage message, boolean cookieless, String sessionId,
            Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.message = message;
        this.cookieless = cookieless;
        this.sessionId = sessionId;
        setAuthenticated(true);
    }

    public LtiLaunchMessage message() {
        return message;
    }

    public boolean cookieless() {
        return cookieless;
    }

    /** The id of the session the launch started. */
    public String sessionId() {
        return sessionId;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public LtiUser getPrincipal() {
        return message.user();
    }

    @Override
    public String toString() {
        return "LtiLaunchAuthentication[registration=" + message.user().registrationId() + ", roles="
                + message.user().roles() + "]";
    }
}
