package dev.laurel.sandbox.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** Every error page of the sandbox is its own readable page: code and path, never internals. */
@Component
class SandboxErrorViewResolver implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        boolean notFound = status == HttpStatus.NOT_FOUND;
        return new ModelAndView("sandbox/error", Map.of(
                "title", notFound ? "We could not find that page" : "Something went wrong",
                "code", notFound ? "not_found" : "http_" + status.value(),
                "message", notFound ? "There is no page at " + model.getOrDefault("path", "this address") + "."
                        : "The sandbox could not handle this request."), status);
    }
}
