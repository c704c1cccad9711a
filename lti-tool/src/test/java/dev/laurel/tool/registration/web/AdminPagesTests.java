package dev.laurel.tool.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.registrationfixtures.LtiAdminLaunchStandIn;
import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.registration.AdminSetupTokens;
import dev.laurel.tool.registration.Deployment;
import dev.laurel.tool.registration.DeploymentOrigin;
import dev.laurel.tool.registration.NewRegistration;
import dev.laurel.tool.registration.PlatformRegistration;
import dev.laurel.tool.registration.PlatformRegistrations;
import dev.laurel.tool.registration.RegistrationSource;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

@ToolTest
@DatabaseTest
@Import(LtiAdminLaunchStandIn.class)
class AdminPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    AdminSetupTokens setupTokens;

    @Autowired
    PlatformRegistrations registrations;

    @Test
    void anonymousVisitorIsSentToAReadableSignInPage() throws Exception {
        Browser anonymous = new Browser(port);

        HttpResponse<String> list = anonymous.get("/admin/registrations");
        HttpResponse<String> urls = anonymous.get("/admin/urls");

        assertThat(list.statusCode()).isEqualTo(302);
        assertThat(list.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/sign-in"));
        assertThat(urls.statusCode()).isEqualTo(302);
        HttpResponse<String> signIn = anonymous.get("/admin/sign-in");
        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(signIn.body()).contains("admin_sign_in_required").contains("one-time setup link");
    }

    @Test
    void anonymousVisitorCannotRegisterAPlatform() throws Exception {
        String issuer = "https://anonymous-" + UUID.randomUUID() + ".example.edu";

        HttpResponse<String> response = new Browser(port).post("/admin/registrations", form(issuer, "client"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("invalid_csrf_token").doesNotContain("Exception");
        assertThat(registrations.findByIssuer(issuer)).isEmpty();
    }

    @Test
    void setupTokenStartsAnAdminSessionOnceAndIsThenBurned() throws Exception {
        String token = setupTokens.issue();
        Browser admin = new Browser(port);

        HttpResponse<String> confirm = admin.get("/admin/setup?token=" + token);
        assertThat(confirm.statusCode()).isEqualTo(200);
        HttpResponse<String> redeemed = admin.submit("/admin/setup?token=" + token, "/admin/setup", Map.of("token", token));

        assertThat(redeemed.statusCode()).isEqualTo(302);
        assertThat(redeemed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/registrations"));
        assertThat(admin.get("/admin/registrations").statusCode()).isEqualTo(200);
        assertThat(setupTokens.adminExists()).isTrue();

        HttpResponse<String> reuse = admin.submit("/admin/registrations/new", "/admin/setup", Map.of("token", token));
        assertThat(reuse.statusCode()).isEqualTo(403);
        assertThat(reuse.body()).contains("setup_token_invalid");
        Browser second = new Browser(port);
        assertThat(second.get("/admin/setup?token=" + token).body()).contains("setup_token_invalid");
        assertThat(second.get("/admin/registrations").statusCode()).isEqualTo(302);
    }

    @Test
    void manualRegistrationShowsValidationErrorsWithCodes() throws Exception {
        Browser admin = signedInAdmin();
        Map<String, String> fields = form("not a url", "");
        fields.put("jwksUrl", "ftp://moodle.example.edu/certs");

        HttpResponse<String> response = admin.submit("/admin/registrations/new", "/admin/registrations", fields);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Some values need fixing").contains("invalid_url").contains("missing_client_id");
    }

    @Test
    void manualRegistrationStoresKnownDeploymentsAndRejectsADuplicate() throws Exception {
        Browser admin = signedInAdmin();
        String issuer = "https://moodle-" + UUID.randomUUID() + ".example.edu";
        Map<String, String> fields = form(issuer, "manual-client");

        HttpResponse<String> created = admin.submit("/admin/registrations/new", "/admin/registrations", fields);
        HttpResponse<String> duplicate = admin.submit("/admin/registrations/new", "/admin/registrations", fields);

        assertThat(created.statusCode()).isEqualTo(302);
        PlatformRegistration stored = registrations.find(issuer, "manual-client").orElseThrow();
        assertThat(stored.source()).isEqualTo(RegistrationSource.MANUAL);
        assertThat(stored.acceptsNewDeployments()).isFalse();
        assertThat(registrations.deployments(stored.id())).extracting(Deployment::deploymentId).containsExactly("1", "2");
        assertThat(registrations.deployments(stored.id())).extracting(Deployment::origin).containsOnly(DeploymentOrigin.MANUAL);
        HttpResponse<String> page = admin.get("/admin/registrations/" + stored.id());
        assertThat(page.body()).contains(issuer).contains("/lti/login/" + stored.id()).contains("never");
        assertThat(duplicate.statusCode()).isEqualTo(422);
        assertThat(duplicate.body()).contains("duplicate_registration");
    }

    @Test
    void urlsPageListsLaurelsEndpointsWithCopyButtons() throws Exception {
        HttpResponse<String> page = signedInAdmin().get("/admin/urls");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("http://localhost:8080/lti/register").contains("http://localhost:8080/lti/login")
                .contains("http://localhost:8080/lti/launch").contains("http://localhost:8080/.well-known/jwks.json")
                .contains("http://localhost:8080/lti/canvas.json").contains("data-copy=\"http://localhost:8080/lti/login\"");
    }

    @Test
    void lmsAdministratorSeesOnlyTheirOwnRegistration() throws Exception {
        PlatformRegistration own = registrations.register(moodle());
        PlatformRegistration other = registrations.register(moodle());
        Browser lmsAdmin = new Browser(port);
        assertThat(lmsAdmin.get("/test/lti-admin/" + own.id()).statusCode()).isEqualTo(200);

        HttpResponse<String> ownPage = lmsAdmin.get("/admin/registrations/" + own.id());
        HttpResponse<String> otherPage = lmsAdmin.get("/admin/registrations/" + other.id());
        HttpResponse<String> list = lmsAdmin.get("/admin/registrations");
        HttpResponse<String> addDeployment = lmsAdmin.submit("/admin/registrations/" + own.id(),
                "/admin/registrations/" + own.id() + "/deployments", Map.of("deploymentId", "added-by-lms-admin"));

        assertThat(ownPage.statusCode()).isEqualTo(200);
        assertThat(ownPage.body()).contains(own.issuer());
        assertThat(otherPage.statusCode()).isEqualTo(403);
        assertThat(otherPage.body()).contains("admin_required").doesNotContain(other.issuer());
        assertThat(list.statusCode()).isEqualTo(403);
        assertThat(addDeployment.statusCode()).isEqualTo(302);
        assertThat(registrations.deployments(own.id())).extracting(Deployment::deploymentId).contains("added-by-lms-admin");
    }

    private Browser signedInAdmin() throws Exception {
        String token = setupTokens.issue();
        Browser admin = new Browser(port);
        assertThat(admin.submit("/admin/setup?token=" + token, "/admin/setup", Map.of("token", token)).statusCode())
                .isEqualTo(302);
        return admin;
    }

    private static Map<String, String> form(String issuer, String clientId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("issuer", issuer);
        fields.put("clientId", clientId);
        fields.put("authorizationUrl", issuer + "/mod/lti/auth.php");
        fields.put("tokenUrl", issuer + "/mod/lti/token.php");
        fields.put("jwksUrl", issuer + "/mod/lti/certs.php");
        fields.put("tokenAudience", "");
        fields.put("deploymentIds", "1, 2\n1");
        return fields;
    }

    private static NewRegistration moodle() {
        String site = "https://moodle-" + UUID.randomUUID() + ".example.edu";
        return new NewRegistration(site, "c", URI.create(site + "/auth"), URI.create(site + "/token"),
                URI.create(site + "/certs"), null, "Moodle", RegistrationSource.MANUAL, false, List.of("1"));
    }
}
