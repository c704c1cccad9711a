package dev.laurel.tool.badges.badge;

/** A badge that cannot be stored or changed as asked: {@code code} for logs and tests, the message for the instructor. */
public class BadgeException extends RuntimeException {

    private final String code;

    public BadgeException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
