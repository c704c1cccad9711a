package dev.laurel.sandbox.platform;

/**
 * A refused LTI service request (AGS, NRPS, bearer token check): the HTTP status and a specific error code,
 * answered as JSON {@code {"error": code, "error_description": ...}}.
 */
public final class ServiceProblem extends RuntimeException {

    private final int status;
    private final String code;

    public ServiceProblem(int status, String code, String description) {
        super(description);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
