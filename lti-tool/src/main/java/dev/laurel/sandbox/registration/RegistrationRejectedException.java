package dev.laurel.sandbox.registration;

/**
 * A refused registration request, carrying the RFC 7591 §3.2.2 {@code error} and a specific code that
 * starts the {@code error_description}.
 */
public final class RegistrationRejectedException extends RuntimeException {

    private final String error;
    private final String code;
    private final int status;

    RegistrationRejectedException(String error, String code, String description, int status) {
        super(code + ": " + description);
        this.error = error;
        this.code = code;
        this.status = status;
    }

    static RegistrationRejectedException metadata(String code, String description) {
        return new RegistrationRejectedException("invalid_client_metadata", code, description, 400);
    }

    static RegistrationRejectedException redirectUri(String code, String description) {
        return new RegistrationRejectedException("invalid_redirect_uri", code, description, 400);
    }

    static RegistrationRejectedException token(RegistrationTokens.Refusal refusal) {
        return new RegistrationRejectedException("invalid_token", refusal.name(),
                "the registration access token is missing, unknown, used or expired", 401);
    }

    public String error() {
        return error;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }
}
