package dev.laurel.tool.registration.web;

import dev.laurel.tool.registration.ToolConfiguration;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Canvas's developer-key JSON, for "LTI Key → Enter URL" in Canvas.
 *
 * @see <a href="https://canvas.instructure.com/doc/api/file.lti_dev_key_config.html">Canvas: Configuring LTI Advantage Tools</a>
 */
@RestController
class CanvasConfigurationController {

    private final ToolConfiguration tool;

    CanvasConfigurationController(ToolConfiguration tool) {
        this.tool = tool;
    }

    @GetMapping(value = ToolConfiguration.CANVAS_JSON_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> canvasJson() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
                .contentType(MediaType.APPLICATION_JSON).body(tool.canvasConfiguration().toJson());
    }
}
