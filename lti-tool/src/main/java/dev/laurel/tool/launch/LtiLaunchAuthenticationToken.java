package dev.laurel.tool.launch;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A launch as it arrived (form_post of {@code id_token} and {@code state}), not yet validated. The id_token
 * is the credential and never appears in {@link #toString()}.
 *
 * @param browserBinding the value of Laurel's login cookie in this browser, or {@code null}
 * @param platformStoredState the state read back from platform storage (cookieless confirmation), or {@code null}
 */
public final class LtiLaunchAuthenticationToken extends AbstractAuthenticationToken {

    private final String idToken;
    private final String state;
    private final String browserBinding;
    private final String platformStoredState;

    public LtiLaunchAuthenticationToken(String idToken, String state, String browserBinding, String platformStoredState) {
        super(List.of());
        this.idToken = idToken;
        this.state = state;
        this.browserBinding = browserBinding;
        this.platformStoredState = platformStoredState;
        setAuthenticated(false);
    }

    public String idToken() {
        return idToken;
    }

    public String state() {
        return state;
    }

    public String browserBinding() {
        return browserBinding;
    }

    public String platformStoredState() {
        return platformStoredState;
    }

    /** Whether this is the confirmation of a cookieless launch through platform storage. */
    public boolean viaPlatformStorage() {
        return platformStoredState != null;
    }

    @Override
    public Object getCredentials() {
        return idToken;
    }

    @Override
    public Object getPrincipal() {
        return "lti-launch";
    }

    @Override
    public String toString() {
        return "LtiLaunchAuthenticationToken[viaPlatformStorage=" + viaPlatformStorage() + "]";
    }
}
