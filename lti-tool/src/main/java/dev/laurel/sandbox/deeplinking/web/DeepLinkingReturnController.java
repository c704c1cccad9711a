package dev.laurel.sandbox.deeplinking.web;

import dev.laurel.sandbox.deeplinking.DeepLinkingRejectedException;
import dev.laurel.sandbox.deeplinking.DeepLinkingResponseVerifier;
import dev.laurel.sandbox.deeplinking.PlacedItems;
import dev.laurel.sandbox.deeplinking.DeepLinkingResult;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code POST /deep-linking/return} (form parameter {@code JWT}): shows the placed items or why they were refused. */
@Controller
class DeepLinkingReturnController {

    static final String RESULT_VIEW = "sandbox/deep-linking-result";

    private final DeepLinkingResponseVerifier verifier;
    private final PlacedItems placedItems;

    DeepLinkingReturnController(DeepLinkingResponseVerifier verifier, PlacedItems placedItems) {
        this.verifier = verifier;
        this.placedItems = placedItems;
    }

    @PostMapping("/deep-linking/return")
    String accept(@RequestParam(name = "JWT", required = false) String jwt, Model model) {
        DeepLinkingResult result = verifier.accept(jwt);
        model.addAttribute("result", result);
        model.addAttribute("allItems", placedItems.inCourse(result.courseId()));
        return RESULT_VIEW;
    }

    @ExceptionHandler(DeepLinkingRejectedException.class)
    String rejected(DeepLinkingRejectedException e, Model model, HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("title", "The tool's content was not placed");
        model.addAttribute("code", e.code());
        model.addAttribute("message", e.getMessage());
        return "sandbox/error";
    }
}
