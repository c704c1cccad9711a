package dev.laurel.tool.registration;

/**
 * Login initiation named no registration Laurel can use: code {@value #UNKNOWN_REGISTRATION} or
 * {@value #AMBIGUOUS_REGISTRATION}, as {@code DESIGN.md} decides.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#step-1-third-party-initiated-login">Security Framework §5.1.1.1</a>
 */
public final class UnresolvedRegistrationException extends RuntimeException {

    /** No registration for this issuer (and client id, when given). */
    public static final String UNKNOWN_REGISTRATION = "unknown_registration";
    /** No client id, and the issuer has several registrations. */
    public static final String AMBIGUOUS_REGISTRATION = "ambiguous_registration";

    private final String code;
    private final String issuer;

    UnresolvedRegistrationException(String code, String issuer, String reason) {
        super(code + ": " + reason);
        this.code = code;
        this.issuer = issuer;
    }

    /** The error code shown to the user and written to the log. */
    public String code() {
        return code;
    }

    /** The issuer the login named (a public URL, safe to show). */
    public String issuer() {
        return issuer;
    }
}
