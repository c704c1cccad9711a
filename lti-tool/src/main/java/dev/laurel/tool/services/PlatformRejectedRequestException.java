package dev.laurel.tool.services;

/** The platform refused the request (4xx, e.g. Canvas's 422 or Moodle's 400), with its reason. Not retried. */
public final class PlatformRejectedRequestException extends PlatformServiceException {

    public static final String CODE = "platform_rejected_request";

    public PlatformRejectedRequestException(long registrationId, int status, String platformMessage) {
        super(CODE, registrationId, status, platformMessage, null);
    }
}
