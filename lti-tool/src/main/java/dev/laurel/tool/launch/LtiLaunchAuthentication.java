package dev.laurel.tool.launch;

import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/** A validated launch: its message, whether it came without cookies (platform storage), and the authorities. */
public final class LtiLaunchAuthentication extends AbstractAuthenticationToken {

    private final LtiLaunchMessage message;
    private final boolean cookieless;

    public LtiLaunchAuthentication(LtiLaunchMessage message, boolean cookieless,
            Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.message = message;
        this.cookieless = cookieless;
        setAuthenticated(true);
    }

    public LtiLaunchMessage message() {
        return message;
    }

    public boolean cookieless() {
        return cookieless;
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
