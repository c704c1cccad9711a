package dev.laurel.tool.services;

/**
 * A call to a platform's LTI Advantage service failed: carries a Laurel error code, the HTTP status (0 when
 * there was no response) and the message the LMS gave, readable by a user and safe to log.
 */
public class PlatformServiceException extends RuntimeException {

    private final String code;

    private final long registrationId;

    private final int status;

    private final String platformMessage;

    public PlatformServiceException(String code, long registrationId, int status, String platformMessage, Throwable cause) {
        super(describe(code, registrationId, status, platformMessage), cause);
        this.code = code;
        this.registrationId = registrationId;
        this.status = status;
        this.platformMessage = platformMessage;
    }

    private static String describe(String code, long registrationId, int status, String platformMessage) {
        StringBuilder text = new StringBuilder(code).append(" (registration ").append(registrationId);
        if (status > 0) {
            text.append(", HTTP ").append(status);
        }
        text.append(')');
        if (platformMessage != null && !platformMessage.isBlank()) {
            text.append(": ").append(platformMessage);
        }
        return text.toString();
    }

    /** Laurel's error code, e.g. {@code platform_rejected_request}. */
    public String code() {
        return code;
    }

    public long registrationId() {
        return registrationId;
    }

    /** The HTTP status the platform answered with, 0 when no response came. */
    public int status() {
        return status;
    }

    /** The LMS's own message, or null when it gave none. */
    public String platformMessage() {
        return platformMessage;
    }
}
