package dev.laurel.tool.credentials.wallet.web;

/** A refused learner-badge request: the HTTP status and the code shown to the learner. */
final class WalletException extends RuntimeException {

    private final int status;
    private final String code;

    WalletException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
