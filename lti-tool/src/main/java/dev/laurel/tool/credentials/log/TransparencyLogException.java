package dev.laurel.tool.credentials.log;

/** A log request that cannot be answered; {@link #code()} names why ({@code tree_size_invalid}, {@code range_invalid}, ...). */
public final class TransparencyLogException extends RuntimeException {

    private final String code;

    public TransparencyLogException(String code, String reason) {
        super(code + ": " + reason);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
