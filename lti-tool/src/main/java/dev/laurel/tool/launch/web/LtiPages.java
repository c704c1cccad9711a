package dev.laurel.tool.launch.web;

import dev.laurel.tool.launch.LtiLaunchError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/** Renders launch pages from filters and handlers, outside controllers, with the shared Thymeleaf views. */
@Component
class LtiPages {

    static final String ERROR_VIEW = "launch/error";

    private final ViewResolver views;

    LtiPages(@Qualifier("thymeleafViewResolver") ViewResolver views) {
        this.views = views;
    }

    /** The readable rejection page: code, sentence, spec link, with the error's status. */
    void renderError(HttpServletRequest request, HttpServletResponse response, LtiLaunchError error) throws Exception {
        renderError(request, response, error.status(), error.code(), error.sentence(), error.specUri());
    }

    void renderError(HttpServletRequest request, HttpServletResponse response, int status, String code, String sentence,
            String specUri) throws Exception {
        response.setStatus(status);
        render(request, response, ERROR_VIEW, Map.of("code", code, "sentence", sentence, "specUri", specUri));
    }

    void render(HttpServletRequest request, HttpServletResponse response, String viewName, Map<String, ?> model)
            throws Exception {
        View view = views.resolveViewName(viewName, Locale.ENGLISH);
        if (view == null) {
            throw new IllegalStateException("No view " + viewName);
        }
        response.setHeader("Cache-Control", "no-store");
        view.render(model, request, response);
    }
}
