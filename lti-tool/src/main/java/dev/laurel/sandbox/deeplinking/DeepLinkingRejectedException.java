package dev.laurel.sandbox.deeplinking;

/** A deep-linking response the platform refused, with a specific code. */
public final class DeepLinkingRejectedException extends RuntimeException {

    private final String code;

    DeepLinkingRejectedException(String code, String description) {
        super(description);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
