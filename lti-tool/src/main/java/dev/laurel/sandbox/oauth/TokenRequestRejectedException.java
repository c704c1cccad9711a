package dev.laurel.sandbox.oauth;

/**
 * A refused token request: the RFC 6749 §5.2 {@code error}, a specific code that starts the
 * {@code error_description}, and the HTTP status (401 for {@code invalid_client}, else 400).
 */
public final class TokenRequestRejectedException extends RuntimeException {

    private final String error;
    private final String code;

    TokenRequestRejectedException(String error, String code, String description) {
        super(code + ": " + description);
        this.error = error;
        this.code = code;
    }

    public String error() {
        return error;
    }

    public String code() {
        return code;
    }

    public int status() {
        return "invalid_client".equals(error) ? 401 : 400;
    }
}
