package dev.laurel.tool.badges.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses, before binding, an editor form whose row indexes ({@code criteria[300].name}) go beyond what the binder
 * grows lists to: no page of Laurel sends such a form, and binding it would fail. Answers 400
 * {@value #CODE}.
 */
@Configuration(proxyBeanMethods = false)
class FormRowLimit implements WebMvcConfigurer {

    static final String CODE = "form_rows_out_of_range";
    /** Spring's default auto-grow limit of bound lists. */
    static final int MAX_INDEX = 255;

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws IOException {
                if (!"POST".equals(request.getMethod()) || Collections.list(request.getParameterNames()).stream()
                    .noneMatch(FormRowLimit::outOfRange)) {
                    return true;
                }
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                response.setContentType(MediaType.TEXT_PLAIN_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write(CODE + ": the form has more rows than Laurel's editors allow.");
                return false;
            }
        }).addPathPatterns("/course/*/instructor/badges/**");
    }

    static boolean outOfRange(String name) {
        Matcher matcher = INDEX.matcher(name);
        while (matcher.find()) {
            String digits = matcher.group(1);
            if (digits.length() > 3 || Integer.parseInt(digits) > MAX_INDEX) {
                return true;
            }
        }
        return false;
    }
}
