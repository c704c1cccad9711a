package dev.laurel.tool.registration;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Registrations shaped like Moodle's and Canvas's, each with a unique issuer or client id. */
final class TestRegistrations {

    private TestRegistrations() {
    }

    /** A Moodle site: issuer is the site URL, one deployment returned at registration. */
    static NewRegistration moodle(String deploymentId) {
        String site = "https://moodle-" + UUID.randomUUID() + ".example.edu";
        return new NewRegistration(site, "client-" + UUID.randomUUID(), URI.create(site + "/mod/lti/auth.php"),
                URI.create(site + "/mod/lti/token.php"), URI.create(site + "/mod/lti/certs.php"), null, "Moodle",
                RegistrationSource.DYNAMIC, false, List.of(deploymentId));
    }

    /** A Canvas instance under Canvas's shared issuer, registered dynamically without a deployment. */
    static NewRegistration canvas(String issuer) {
        return new NewRegistration(issuer, "10000000000" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1000000),
                URI.create("https://sso.canvaslms.com/api/lti/authorize_redirect"),
                URI.create("https://sso.canvaslms.com/login/oauth2/token"),
                URI.create("https://sso.canvaslms.com/api/lti/security/jwks"), "https://canvas.instructure.com/login/oauth2/token",
                "Canvas", RegistrationSource.DYNAMIC, true, List.of());
    }

    static String uniqueCanvasIssuer() {
        return "https://canvas-" + UUID.randomUUID() + ".instructure.com";
    }
}
