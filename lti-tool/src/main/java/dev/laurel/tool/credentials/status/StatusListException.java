package dev.laurel.tool.credentials.status;

/** A status list or a status change was refused; {@link #code()} names why, the message says it for a person. */
public final class StatusListException extends RuntimeException {

    private final String code;

    public StatusListException(String code, String reason) {
        super(code + ": " + reason);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
