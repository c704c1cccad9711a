package dev.laurel.registrationfixtures;

import dev.laurel.tool.registration.web.AdminSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stands in for an LTI launch by an LMS administrator: signs the browser in for one registration. Outside the
 * tool's packages so that only tests which {@code @Import} it have it.
 */
@RestController
public class LtiAdminLaunchStandIn {

    private final AdminSessions sessions;

    public LtiAdminLaunchStandIn(AdminSessions sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/test/lti-admin/{id}")
    String signIn(@PathVariable long id, HttpServletRequest request, HttpServletResponse response) {
        sessions.signInRegistrationAdministrator(id, "lti-admin@" + id, request, response);
        return "ok";
    }
}
