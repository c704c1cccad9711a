package dev.laurel.tool.registration.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** Shows the readable 403 page with a code: {@code admin_required} or {@code invalid_csrf_token}. */
final class AdminAccessDeniedHandler implements AccessDeniedHandler {

    static final String CODE_ATTRIBUTE = "dev.laurel.tool.registration.web.AdminAccessDeniedHandler.code";
    static final String ADMIN_REQUIRED = "admin_required";
    static final String INVALID_CSRF_TOKEN = "invalid_csrf_token";
    private static final Logger log = LoggerFactory.getLogger(AdminAccessDeniedHandler.class);

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        String code = denied instanceof CsrfException ? INVALID_CSRF_TOKEN : ADMIN_REQUIRED;
        log.info("Admin access denied: {} {} ({})", request.getMethod(), request.getRequestURI(), code);
        request.setAttribute(CODE_ATTRIBUTE, code);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        request.getRequestDispatcher(RegistrationSecurityConfiguration.ACCESS_DENIED_PATH).forward(request, response);
    }
}
