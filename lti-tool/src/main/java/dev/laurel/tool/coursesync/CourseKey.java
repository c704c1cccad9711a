package dev.laurel.tool.coursesync;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.util.Assert;

/**
 * A course as LTI identifies it: the registration, the deployment and the context id.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#context-claim">LTI 1.3 Core §5.4.1 context claim</a>
 */
public record CourseKey(long registrationId, String deploymentId, String contextId) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public CourseKey {
        Assert.hasText(deploymentId, "deploymentId cannot be empty");
        Assert.hasText(contextId, "contextId cannot be empty");
    }

    /** The URL path segment form: {@code <registrationId>.<base64url(deploymentId)>.<base64url(contextId)>}. */
    public String toPathSegment() {
        return registrationId + "." + ENCODER.encodeToString(deploymentId.getBytes(StandardCharsets.UTF_8)) + "."
                + ENCODER.encodeToString(contextId.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads {@link #toPathSegment()}'s form; throws {@link IllegalArgumentException} for anything else. */
    public static CourseKey parse(String segment) {
        String[] parts = segment == null ? new String[0] : segment.split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("invalid_course_key");
        }
        try {
            return new CourseKey(Long.parseLong(parts[0]), new String(DECODER.decode(parts[1]), StandardCharsets.UTF_8),
                    new String(DECODER.decode(parts[2]), StandardCharsets.UTF_8));
        }
        catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("invalid_course_key", ex);
        }
    }
}
