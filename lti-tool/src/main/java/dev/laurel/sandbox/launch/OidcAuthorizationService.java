package dev.laurel.sandbox.launch;

import dev.laurel.sandbox.course.Course;
import dev.laurel.sandbox.course.CourseRole;
import dev.laurel.sandbox.course.Courses;
import dev.laurel.sandbox.course.Member;
import dev.laurel.sandbox.course.SandboxUser;
import dev.laurel.sandbox.registration.ToolRegistration;
import dev.laurel.sandbox.registration.ToolRegistrations;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The platform's OIDC authorization endpoint for LTI launches
 * (<a href="https://www.imsglobal.org/spec/security/v1p0/#step-2-authentication-request">Security Framework §5.1.1.2</a>,
 * OIDC Core §3.1.2): checks the tool's authentication request and answers an id_token by form_post.
 */
@Service
public class OidcAuthorizationService {

    private static final Logger log = LoggerFactory.getLogger(OidcAuthorizationService.class);

    private final ToolRegistrations registrations;
    private final MessageHints hints;
    private final Courses courses;
    private final IdTokenFactory idTokens;

    OidcAuthorizationService(ToolRegistrations registrations, MessageHints hints, Courses courses, IdTokenFactory idTokens) {
        this.registrations = registrations;
        this.hints = hints;
        this.courses = courses;
        this.idTokens = idTokens;
    }

    /** Answers the authentication request made of these parameters. */
    public AuthorizationOutcome authorize(Map<String, String> params) {
        // OIDC Core §3.1.2.1: client_id must be a registered client
        Optional<ToolRegistration> client = Optional.ofNullable(params.get("client_id")).flatMap(registrations::findByClientId);
        if (client.isEmpty()) {
            return page("client_unknown", "No tool is registered with this client_id.");
        }
        ToolRegistration tool = client.get();
        // OIDC Core §3.1.2.1: redirect_uri must exactly match a registered one, else never redirect
        String redirectUri = params.get("redirect_uri");
        if (redirectUri == null || !tool.redirectUris().contains(redirectUri)) {
            return page("redirect_uri_not_registered", "The redirect_uri is not one the tool registered.");
        }
        String state = params.get("state");
        if (params.get("scope") == null || !Arrays.asList(params.get("scope").split(" ")).contains("openid")) {
            return error(redirectUri, state, "invalid_scope", "scope_invalid", "scope must include openid");
        }
        // Security Framework §5.1.1.2: response_type id_token, response_mode form_post, prompt none
        if (!"id_token".equals(params.get("response_type"))) {
            return error(redirectUri, state, "unsupported_response_type", "response_type_invalid", "response_type must be id_token");
        }
        if (!"form_post".equals(params.get("response_mode"))) {
            return error(redirectUri, state, "invalid_request", "response_mode_invalid", "response_mode must be form_post");
        }
        if (!"none".equals(params.get("prompt"))) {
            return error(redirectUri, state, "invalid_request", "prompt_invalid", "prompt must be none");
        }
        String nonce = params.get("nonce");
        if (nonce == null || nonce.isBlank()) {
            return error(redirectUri, state, "invalid_request", "nonce_missing", "nonce is required");
        }
        if (state == null || state.isBlank()) {
            return error(redirectUri, null, "invalid_request", "state_missing", "state is required");
        }
        // LTI 1.3 Core §4.1.1: lti_message_hint is the platform's own opaque value, returned unchanged
        Optional<MessageHint> opened = hints.open(params.get("lti_message_hint"));
        if (opened.isEmpty()) {
            return error(redirectUri, state, "invalid_request", "message_hint_invalid", "lti_message_hint was not issued by this platform");
        }
        MessageHint hint = opened.get();
        if (hints.expired(hint)) {
            return error(redirectUri, state, "invalid_request", "message_hint_expired", "lti_message_hint has expired; launch again");
        }
        if (!tool.clientId().equals(hint.clientId())) {
            return error(redirectUri, state, "invalid_request", "message_hint_client_mismatch", "lti_message_hint was issued for another tool");
        }
        // Security Framework §5.1.1.2: login_hint names the user the launch is for
        if (!String.valueOf(hint.userId()).equals(params.get("login_hint"))) {
            return error(redirectUri, state, "login_required", "login_hint_mismatch", "login_hint does not match the launch's user");
        }
        Optional<Course> course = courses.find(hint.courseId());
        Optional<SandboxUser> user = courses.findUser(hint.userId());
        if (course.isEmpty() || user.isEmpty() || !mayLaunch(hint, user.get())) {
            return error(redirectUri, state, "access_denied", "launch_not_allowed", "this user may not launch in this role");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id_token", idTokens.idToken(tool, hint, course.get(), user.get(), nonce));
        fields.put("state", state);
        log.info("Launch authorized: client_id={} message_type={} role={}", tool.clientId(), hint.messageType(), hint.role());
        return new AuthorizationOutcome.FormPost(redirectUri, fields);
    }

    private boolean mayLaunch(MessageHint hint, SandboxUser user) {
        if (hint.role() == LaunchRole.admin) {
            return user.siteAdmin();
        }
        CourseRole wanted = hint.role() == LaunchRole.instructor ? CourseRole.INSTRUCTOR : CourseRole.LEARNER;
        return courses.member(hint.courseId(), user.id()).map(Member::role).filter(wanted::equals).isPresent();
    }

    private static AuthorizationOutcome page(String code, String description) {
        log.info("Launch refused: {}", code);
        return new AuthorizationOutcome.ErrorPage(code, description);
    }

    private static AuthorizationOutcome error(String redirectUri, String state, String error, String code, String description) {
        log.info("Launch refused: {} {}", error, code);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("error", error);
        fields.put("error_description", code + ": " + description);
        if (state != null) {
            fields.put("state", state);
        }
        return new AuthorizationOutcome.FormPost(redirectUri, fields);
    }
}
