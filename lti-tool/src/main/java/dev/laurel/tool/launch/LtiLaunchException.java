package dev.laurel.tool.launch;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/** A rejected login or launch: carries its {@link LtiLaunchError} and, when known, the registration. */
public final class LtiLaunchException extends OAuth2AuthenticationException {

    private final transient LtiLaunchError error;
    private final Long registrationId;

    public LtiLaunchException(LtiLaunchError error, Long registrationId) {
        super(error.oauth2Error(), error.code());
        this.error = error;
        this.registrationId = registrationId;
    }

    public LtiLaunchError launchError() {
        return error;
    }

    /** The registration the failure is recorded on, or {@code null} when none was resolved. */
    public Long registrationId() {
        return registrationId;
    }
}
