package dev.laurel.tool.launch.web;

import dev.laurel.tool.launch.LtiSession;
import dev.laurel.tool.launch.LtiSessionAuthentication;
import dev.laurel.tool.launch.LtiSessionTokens;
import dev.laurel.tool.launch.LtiSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Loads the LTI session of a request from Laurel's session cookie or, for cookieless launches, from the signed
 * token in the {@value #TOKEN_PARAMETER} parameter or the {@value #TOKEN_HEADER} header. Never creates an
 * {@code HttpSession}; sessions are created only by a valid launch. Other features use it in their own chains:
 * {@code http.securityContext(c -> c.securityContextRepository(repository))}; their pages read the fresh token
 * for links and forms from the request attribute {@value #TOKEN_ATTRIBUTE} (absent in cookie mode).
 */
@Component
public final class LtiSessionSecurityContextRepository implements SecurityContextRepository {

    public static final String TOKEN_PARAMETER = "lti_session";
    public static final String TOKEN_HEADER = "X-Laurel-Session";
    public static final String TOKEN_ATTRIBUTE = "ltiSessionToken";

    private final LtiSessions sessions;
    private final LtiSessionTokens tokens;

    public LtiSessionSecurityContextRepository(LtiSessions sessions, LtiSessionTokens tokens) {
        this.sessions = sessions;
        this.tokens = tokens;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        return new DeferredSecurityContext() {
            private SecurityContext context;

            @Override
            public SecurityContext get() {
                if (context == null) {
                    context = load(request);
                }
                return context;
            }

            @Override
            public boolean isGenerated() {
                return get().getAuthentication() == null;
            }
        };
    }

    @Override
    @Deprecated
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return load(holder.getRequest());
    }

    private SecurityContext load(HttpServletRequest request) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        String cookie = LtiCookies.read(request, LtiCookies.SESSION);
        Optional<String> tokenSession = Optional.ofNullable(token(request)).flatMap(tokens::sessionId);
        String sessionId = cookie != null ? cookie : tokenSession.orElse(null);
        // GET /lti/session only reads: it does not count as activity
        boolean touch = !request.getRequestURI().endsWith("/lti/session");
        Optional<LtiSession> session = sessions.findActive(sessionId, touch);
        if (session.isEmpty() && cookie != null && tokenSession.isPresent()) {
            sessionId = tokenSession.get();
            session = sessions.findActive(sessionId, touch);
        }
        if (session.isPresent()) {
            context = new SecurityContextImpl(new LtiSessionAuthentication(session.get(), sessionId));
            if (session.get().cookieless()) {
                request.setAttribute(TOKEN_ATTRIBUTE, tokens.issue(sessionId));
            }
        }
        return context;
    }

    private static String token(HttpServletRequest request) {
        String header = request.getHeader(TOKEN_HEADER);
        return header != null ? header : request.getParameter(TOKEN_PARAMETER);
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        // sessions are created by LtiLaunchSuccessHandler after a valid launch, never here
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return LtiCookies.read(request, LtiCookies.SESSION) != null || token(request) != null;
    }
}
