package dev.laurel.tool.credentials.verification;

/** The presented bytes are not a credential: carries a code ({@code malformed_json}, {@code malformed_jwt}, …). */
public final class CredentialParseException extends Exception {

    private final String code;

    public CredentialParseException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
