package dev.laurel.tool.registration;

/** A registration with the same (issuer, client_id) already exists; error code {@value #ERROR_CODE}. */
public final class DuplicateRegistrationException extends RuntimeException {

    public static final String ERROR_CODE = "duplicate_registration";

    private final String issuer;
    private final String clientId;

    public DuplicateRegistrationException(String issuer, String clientId) {
        super(ERROR_CODE + ": a registration for issuer " + issuer + " and client_id " + clientId + " already exists");
        this.issuer = issuer;
        this.clientId = clientId;
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }
}
