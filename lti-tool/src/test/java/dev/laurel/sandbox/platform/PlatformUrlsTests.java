package dev.laurel.sandbox.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class PlatformUrlsTests {

    @Test
    void configuredPublicUrlIsTheIssuerWithoutTrailingSlash() {
        PlatformUrls urls = new PlatformUrls(new SandboxProperties("", "https://lms.example.edu/", true));

        assertThat(urls.issuer()).isEqualTo("https://lms.example.edu");
        assertThat(urls.lineItem(7, 42, 3)).isEqualTo("https://lms.example.edu/api/lti/courses/7/lineitems/42/lineitem?type_id=3");
        assertThat(urls.lineItems(7, 3)).isEqualTo("https://lms.example.edu/api/lti/courses/7/lineitems?type_id=3");
        assertThat(urls.memberships(7)).isEqualTo("https://lms.example.edu/api/lti/courses/7/memberships");
    }

    @Test
    void withoutAConfiguredUrlTheIssuerIsUnknownUntilTheServerHasBound() {
        PlatformUrls urls = new PlatformUrls(new SandboxProperties("", "", true));

        assertThatIllegalStateException().isThrownBy(urls::issuer);
    }
}
