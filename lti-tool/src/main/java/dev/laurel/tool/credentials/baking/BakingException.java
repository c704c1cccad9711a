package dev.laurel.tool.credentials.baking;

/**
 * An image could not be baked or unbaked; {@link #code()} names the reason (e.g. {@code png_bad_crc},
 * {@code svg_script_forbidden}) and the message says it for a person.
 */
public final class BakingException extends RuntimeException {

    private final String code;

    public BakingException(String code, String reason) {
        super(code + ": " + reason);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
