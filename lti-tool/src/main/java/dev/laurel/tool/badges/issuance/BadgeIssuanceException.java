package dev.laurel.tool.badges.issuance;

/** An issuance or revocation that cannot be done as asked: {@code code} for logs and tests, the message for the instructor. */
public class BadgeIssuanceException extends RuntimeException {

    private final String code;

    public BadgeIssuanceException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
