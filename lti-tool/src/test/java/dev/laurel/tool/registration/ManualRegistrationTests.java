package dev.laurel.tool.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ManualRegistrationTests {

    private static ManualRegistration valid() {
        return new ManualRegistration("https://moodle.example.edu", "abc", "https://moodle.example.edu/mod/lti/auth.php",
                "https://moodle.example.edu/mod/lti/token.php", "https://moodle.example.edu/mod/lti/certs.php", "",
                "3\n4, 3");
    }

    @Test
    void acceptsAMoodleRegistration() {
        ManualRegistration form = valid();

        assertThat(form.validate(true)).isEmpty();
        NewRegistration registration = form.toNewRegistration();
        assertThat(registration.deploymentIds()).containsExactly("3", "4");
        assertThat(registration.tokenAudience()).isNull();
        assertThat(registration.acceptsNewDeployments()).isFalse();
    }

    @Test
    void rejectsHttpInProductionAndEveryMissingField() {
        ManualRegistration form = new ManualRegistration("http://moodle.example.edu", " ", "", "notaurl",
                "https://moodle.example.edu/certs", null, null);

        assertThat(form.validate(true))
                .containsEntry("issuer", "invalid_url: enter an absolute https URL")
                .containsEntry("clientId", "missing_client_id: enter the client ID the LMS gave Laurel")
                .containsEntry("authorizationUrl", "missing_url: this URL is required")
                .containsEntry("tokenUrl", "invalid_url: enter an absolute https URL")
                .doesNotContainKey("jwksUrl");
    }

    @Test
    void rejectsAnIssuerWithAQuery() {
        ManualRegistration form = new ManualRegistration("https://moodle.example.edu/?a=b", "abc",
                "https://moodle.example.edu/a", "https://moodle.example.edu/t", "https://moodle.example.edu/k", null, null);

        assertThat(form.validate(false)).containsEntry("issuer", "invalid_issuer: the issuer has no query or fragment");
    }
}
