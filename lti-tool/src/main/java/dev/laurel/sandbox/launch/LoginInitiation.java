package dev.laurel.sandbox.launch;

import dev.laurel.sandbox.course.Course;
import dev.laurel.sandbox.platform.Lti;
import dev.laurel.sandbox.platform.PlatformUrls;
import dev.laurel.sandbox.registration.ToolRegistration;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Third-party initiated login: the URL of the tool's {@code initiate_login_uri} with the login parameters
 * (<a href="https://www.imsglobal.org/spec/lti/v1p3/#third-party-initiated-login">LTI 1.3 Core §4.1</a>,
 * platform storage's {@code lti_storage_target}).
 */
@Component
public class LoginInitiation {

    private final PlatformUrls urls;
    private final MessageHints hints;

    LoginInitiation(PlatformUrls urls, MessageHints hints) {
        this.urls = urls;
        this.hints = hints;
    }

    /** The URL the LMS frame opens to launch {@code userId} as {@code role} with this message type. */
    public String url(ToolRegistration tool, Course course, long userId, LaunchRole role, String messageType) {
        String resourceLinkId = Lti.RESOURCE_LINK_REQUEST.equals(messageType) ? course.laurelResourceLinkId() : null;
        return UriComponentsBuilder.fromUriString(tool.initiateLoginUri())
                .queryParam("iss", urls.issuer())
                .queryParam("login_hint", String.valueOf(userId))
                .queryParam("target_link_uri", tool.targetLinkUriFor(messageType))
                .queryParam("lti_message_hint", hints.seal(userId, role, course.id(), resourceLinkId, messageType, tool.clientId()))
                .queryParam("client_id", tool.clientId())
                .queryParam("lti_deployment_id", tool.deploymentId())
                .queryParam("lti_storage_target", "_parent")
                .encode().build().toUriString();
    }
}
