package dev.laurel.tool.web;

import dev.laurel.tool.badges.badge.BadgeImageCheck;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page of an upload over the servlet container's multipart limits ({@code spring.servlet.multipart.*}), whether
 * the container refused it while a filter read the request's parameters or Spring MVC did while resolving the
 * multipart request: its form cannot be read, so instead of a bare 413 the user gets a readable page with code
 * {@value #CODE}, the limits, and a link back to the page the form came from (its same-origin {@code Referer}, else the
 * form's own address with the session token its URL carried). Each feature checks its own, lower limits on what it
 * reads (a badge image, {@link BadgeImageCheck#MAX_BYTES}) and keeps the form when refusing; this page is only for what
 * the container refuses before any feature sees it.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#name-413-content-too-large">RFC 9110 §15.5.14 413 Content Too Large</a>
 */
@Component
class UploadLimitErrorView implements ErrorViewResolver, Ordered {

    static final String VIEW = "error/413";
    static final String CODE = "upload_too_large";
    /** Servlet 6.1's {@code RequestDispatcher.ERROR_QUERY_STRING}. */
    private static final String ERROR_QUERY_STRING = "jakarta.servlet.error.query_string";

    private final ObjectProvider<MultipartConfigElement> multipart;

    UploadLimitErrorView(ObjectProvider<MultipartConfigElement> multipart) {
        this.multipart = multipart;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        if (status != HttpStatus.CONTENT_TOO_LARGE) {
            return null;
        }
        Map<String, Object> page = new LinkedHashMap<>(model);
        MultipartConfigElement limits = multipart.getIfAvailable();
        page.put("code", CODE);
        page.put("maxFile", limits == null ? null : size(limits.getMaxFileSize()));
        page.put("maxRequest", limits == null ? null : size(limits.getMaxRequestSize()));
        page.put("maxImage", size(BadgeImageCheck.MAX_BYTES));
        page.put("back", back(request));
        ModelAndView view = new ModelAndView(VIEW, page, status);
        return view;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /**
     * Where the form came from: the path and query of a {@code Referer} of this origin (a page of Laurel, with the
     * session token it carried), else the form's own address and query (a cookieless session's token).
     */
    static String back(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI from = URI.create(referer);
                boolean sameOrigin = from.getHost() != null && from.getHost().equalsIgnoreCase(request.getServerName())
                        && port(from) == request.getServerPort();
                String path = from.getRawPath();
                if (sameOrigin && path != null && path.startsWith(request.getContextPath() + "/") && !path.startsWith("//")) {
                    return path + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
                }
            }
            catch (IllegalArgumentException ex) {
                // not a URI: fall back to the form's address
            }
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String text && text.startsWith("/") && !text.startsWith("//") ? text
                : request.getRequestURI();
        Object query = request.getAttribute(ERROR_QUERY_STRING);
        return path + (query instanceof String text && !text.isBlank() ? "?" + text : "");
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** A limit as people read it: "2 MB", "512 KB"; null when there is none. */
    static String size(long bytes) {
        if (bytes <= 0) {
            return null;
        }
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return (bytes + 1023) / 1024 + " KB";
    }
}
