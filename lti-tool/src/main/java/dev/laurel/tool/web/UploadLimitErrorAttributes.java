package dev.laurel.tool.web;

import dev.laurel.tool.badges.badge.BadgeImageCheck;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Boot's error attributes, and for an upload over the servlet container's multipart limits
 * ({@code spring.servlet.multipart.*}, answered 413 whether the container refused it while a filter read the request's
 * parameters or Spring MVC did while resolving the multipart request) what the {@code error/413} page says instead of
 * a bare 413: code {@value #CODE}, the limits, and a link back to the page the form came from (its same-origin
 * {@code Referer}, else the form's own address with the session token its URL carried). The form itself cannot be
 * read, so it cannot be kept. Each feature checks its own, lower limits on what it reads (a badge image,
 * {@link BadgeImageCheck#MAX_BYTES}) and keeps the form when refusing; this page is only for what the container
 * refuses before any feature sees it.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#name-413-content-too-large">RFC 9110 §15.5.14 413 Content Too Large</a>
 */
@Component
class UploadLimitErrorAttributes extends DefaultErrorAttributes {

    static final String CODE = "upload_too_large";
    /** Servlet 6.1's {@code RequestDispatcher.ERROR_QUERY_STRING}. */
    private static final String ERROR_QUERY_STRING = "jakarta.servlet.error.query_string";

    private final ObjectProvider<MultipartConfigElement> multipart;

    UploadLimitErrorAttributes(ObjectProvider<MultipartConfigElement> multipart) {
        this.multipart = multipart;
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest webRequest, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(webRequest, options);
        HttpServletRequest request = webRequest instanceof NativeWebRequest servlet
                ? servlet.getNativeRequest(HttpServletRequest.class) : null;
        if (!Integer.valueOf(HttpStatus.CONTENT_TOO_LARGE.value()).equals(attributes.get("status")) || request == null) {
            return attributes;
        }
        MultipartConfigElement limits = multipart.getIfAvailable();
        attributes.put("code", CODE);
        attributes.put("maxFile", limits == null ? null : size(limits.getMaxFileSize()));
        attributes.put("maxRequest", limits == null ? null : size(limits.getMaxRequestSize()));
        attributes.put("maxImage", size(BadgeImageCheck.MAX_BYTES));
        attributes.put("back", back(request, webRequest));
        return attributes;
    }

    /**
     * Where the form came from: the path and query of a {@code Referer} of this origin (a page of Laurel, with the
     * session token it carried), else the form's own address and query (a cookieless session's token).
     */
    static String back(HttpServletRequest request, WebRequest webRequest) {
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
        Object uri = webRequest.getAttribute(RequestDispatcher.ERROR_REQUEST_URI, RequestAttributes.SCOPE_REQUEST);
        String path = uri instanceof String text && text.startsWith("/") && !text.startsWith("//") ? text
                : request.getRequestURI();
        Object query = webRequest.getAttribute(ERROR_QUERY_STRING, RequestAttributes.SCOPE_REQUEST);
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
