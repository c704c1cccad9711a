package dev.laurel.tool.launch.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The login's platform-storage page: the shared layout's head, and the values {@code lti-platform-storage.js}
 * needs (authorization URL, state, nonce, storage target, platform origin) as {@code data-} attributes, so the
 * script stores state and nonce in the platform before it goes on to the authorization endpoint. Written from
 * fixed text with each value escaped for a double-quoted HTML attribute (no value reaches a script or a URL
 * context: the script reads them from the DOM), without a template engine: it is the one page of every
 * cookieless-capable login, and Thymeleaf's processing cost more than the rest of the login. The text is ASCII
 * (entities for the two typographic characters), so encoding it is a copy.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-cs-oidc/v0p1">LTI OIDC Login with LTI Client Side postMessages</a>
 */
final class PlatformStorageLoginPage {

    private static final String HEAD = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Opening Laurel &middot; Laurel</title>
              <link rel="stylesheet" href=\"""";
    private static final String BODY = """
            /css/laurel.css">
            </head>
            <body>
            <main class="page">
              <p class="lead">Opening Laurel&hellip;</p>
              <div id="lti-platform-storage" hidden
                   data-flow="login"
                   data-authorization-url=\"""";
    private static final String STATE = "\" data-state=\"";
    private static final String NONCE = "\" data-nonce=\"";
    private static final String STORAGE_TARGET = "\" data-storage-target=\"";
    private static final String PLATFORM_ORIGIN = "\" data-platform-origin=\"";
    private static final String NOSCRIPT = """
            "></div>
              <noscript><a href=\"""";
    private static final String SCRIPT = """
            ">Continue to your LMS</a></noscript>
            </main>
            <script src=\"""";
    private static final String END = """
            /js/lti-platform-storage.js"></script>
            </body>
            </html>
            """;

    private PlatformStorageLoginPage() {
    }

    /** Writes the page (200, {@code text/html}, not stored) for a started login. */
    static void write(HttpServletRequest request, HttpServletResponse response, String authorizationUrl, String state,
            String nonce, String storageTarget, String platformOrigin) throws IOException {
        String contextPath = request.getContextPath();
        StringBuilder html = new StringBuilder(1024 + authorizationUrl.length() * 2);
        html.append(HEAD);
        attribute(html, contextPath).append(BODY);
        attribute(html, authorizationUrl).append(STATE);
        attribute(html, state).append(NONCE);
        attribute(html, nonce).append(STORAGE_TARGET);
        attribute(html, storageTarget).append(PLATFORM_ORIGIN);
        attribute(html, platformOrigin).append(NOSCRIPT);
        attribute(html, authorizationUrl).append(SCRIPT);
        attribute(html, contextPath).append(END);
        byte[] body = html.toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * Appends {@code value} escaped for a double-quoted HTML attribute: {@code & < > " '} as character references
     * (as Thymeleaf's {@code th:attr} writes them), everything else as it is.
     */
    static StringBuilder attribute(StringBuilder html, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        return html;
    }
}
