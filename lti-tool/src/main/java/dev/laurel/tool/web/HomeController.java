package dev.laurel.tool.web;

import dev.laurel.tool.LaurelProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Laurel's front page: what it is, and the sandbox course launches when the sandbox runs. */
@Controller
class HomeController {

    static final String HOME_VIEW = "home";

    private final LaurelProperties properties;

    HomeController(LaurelProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("sandboxEnabled", properties.sandbox().enabled());
        model.addAttribute("sandboxUrl", properties.sandbox().url());
        return HOME_VIEW;
    }
}
