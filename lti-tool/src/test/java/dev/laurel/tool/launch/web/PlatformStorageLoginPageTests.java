package dev.laurel.tool.launch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The login's platform-storage page carries every value as an escaped attribute, under the layout's head. */
class PlatformStorageLoginPageTests {

    @Test
    void carriesTheLoginForThePlatformStorageScript() throws Exception {
        MockHttpServletResponse response = write("/laurel", "https://lms.example/auth?a=1&b=2", "_parent");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(response.getContentAsString()).startsWith("<!DOCTYPE html>")
                .contains("<link rel=\"stylesheet\" href=\"/laurel/css/laurel.css\">")
                .contains("data-flow=\"login\"")
                .contains("data-authorization-url=\"https://lms.example/auth?a=1&amp;b=2\"")
                .contains("data-state=\"the-state\"").contains("data-nonce=\"the-nonce\"")
                .contains("data-storage-target=\"_parent\"")
                .contains("data-platform-origin=\"https://lms.example\"")
                .contains("<noscript><a href=\"https://lms.example/auth?a=1&amp;b=2\">")
                .contains("<script src=\"/laurel/js/lti-platform-storage.js\"></script>");
        assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
    }

    @Test
    void escapesAStorageTargetThatTriesToLeaveItsAttribute() throws Exception {
        String body = write("", "https://lms.example/auth", "x\"><script>alert('1')</script>&").getContentAsString();

        assertThat(body).contains("data-storage-target=\"x&quot;&gt;&lt;script&gt;alert(&#39;1&#39;)&lt;/script&gt;&amp;\"")
                .doesNotContain("<script>alert");
    }

    private static MockHttpServletResponse write(String contextPath, String authorizationUrl, String storageTarget)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", contextPath + "/lti/login");
        request.setContextPath(contextPath);
        MockHttpServletResponse response = new MockHttpServletResponse();
        PlatformStorageLoginPage.write(request, response, authorizationUrl, "the-state", "the-nonce", storageTarget,
                "https://lms.example");
        return response;
    }
}
