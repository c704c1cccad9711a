package dev.laurel.tool.launch.web;

import dev.laurel.tool.lti.LaurelRole;
import dev.laurel.tool.launch.LtiSessionAuthentication;
import dev.laurel.tool.launch.LtiUser;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /lti/session}: the current LTI session as JSON (401 without one); reads only. */
@RestController
class LtiSessionController {

    @GetMapping(path = "/lti/session", produces = "application/json")
    SessionView session(LtiSessionAuthentication authentication) {
        LtiUser user = authentication.getPrincipal();
        return new SessionView(new UserView(user.userId(), user.name(), user.email()),
                user.roles().stream().map(LaurelRole::name).sorted().toList(),
                new ContextView(user.contextId(), user.contextTitle()),
                new DeploymentView(user.registrationId(), user.deploymentId()),
                authentication.session().messageType(), authentication.session().cookieless(),
                authentication.session().expiresAt().toString());
    }

    record SessionView(UserView user, List<String> roles, ContextView context, DeploymentView deployment,
            String messageType, boolean cookieless, String expiresAt) {
    }

    record UserView(String id, String name, String email) {
    }

    record ContextView(String id, String title) {
    }

    record DeploymentView(long registrationId, String deploymentId) {
    }
}
