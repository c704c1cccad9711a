package dev.laurel.tool.launch.web;

import dev.laurel.tool.launch.LtiLoginStates;
import dev.laurel.tool.launch.LtiSessions;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.HttpHeaders;

/**
 * Laurel's two LTI cookies, both {@code SameSite=None; Secure; Partitioned; HttpOnly} so they work inside the
 * platform's cross-site iframe (CHIPS) where the browser allows it: the login binding (10 minutes, path
 * {@code /lti}) and the session.
 */
final class LtiCookies {

    static final String LOGIN_BINDING = "LAUREL_LTI_LOGIN";
    static final String SESSION = "LAUREL_LTI_SESSION";

    private LtiCookies() {
    }

    static void setLoginBinding(HttpServletResponse response, String value) {
        add(response, LOGIN_BINDING, value, "/lti", LtiLoginStates.LIFETIME);
    }

    static void setSession(HttpServletResponse response, String sessionId) {
        add(response, SESSION, sessionId, "/", LtiSessions.ABSOLUTE_LIFETIME);
    }

    static String read(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (name.equals(cookie.getName()) && cookie.getValue() != null && !cookie.getValue().isBlank()) {
                return cookie.getValue();
            }
        }
        return null;
    }

    /**
     * The {@code Set-Cookie} header, written directly: the values are base64url (no quoting needed), and the
     * lifetime is {@code Max-Age} alone (RFC 6265 §5.2.2), which every browser that knows {@code Partitioned}
     * honours; an {@code Expires} date would only cost its formatting on every login and launch.
     */
    private static void add(HttpServletResponse response, String name, String value, String path, Duration maxAge) {
        response.addHeader(HttpHeaders.SET_COOKIE, name + "=" + value + "; Path=" + path + "; Max-Age="
                + maxAge.toSeconds() + "; Secure; HttpOnly; SameSite=None; Partitioned");
    }
}
