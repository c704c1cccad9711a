package dev.laurel.tool.launch;

import org.springframework.security.core.AuthenticationException;

/**
 * The launch came without Laurel's login cookie, but the platform offered its storage at login: the browser
 * must read the state back from platform storage before the launch can be validated. Not an error.
 *
 * @param platformOrigin the origin of the platform's OIDC authorization endpoint, which answers the postMessages
 * @see <a href="https://www.imsglobal.org/spec/lti-cs-oidc/v0p1">LTI OIDC Login with LTI Client Side postMessages</a>
 */
public final class LtiPlatformStorageRequiredException extends AuthenticationException {

    private final String storageTarget;
    private final String platformOrigin;

    public LtiPlatformStorageRequiredException(String storageTarget, String platformOrigin) {
        super("platform storage confirmation required");
        this.storageTarget = storageTarget;
        this.platformOrigin = platformOrigin;
    }

    public String storageTarget() {
        return storageTarget;
    }

    public String platformOrigin() {
        return platformOrigin;
    }
}
