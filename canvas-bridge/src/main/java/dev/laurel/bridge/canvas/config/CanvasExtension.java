package dev.laurel.bridge.canvas.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URI;
import java.util.List;

/**
 * The {@code canvas.instructure.com} entry of {@code extensions}: domain, privacy level and placements.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"platform", "domain", "tool_id", "privacy_level", "settings"})
public record CanvasExtension(String platform, String domain, @JsonProperty("tool_id") String toolId,
        @JsonProperty("privacy_level") CanvasPrivacyLevel privacyLevel, Settings settings) {

    /** The platform value for cloud-hosted Canvas. */
    public static final String CANVAS_PLATFORM = "canvas.instructure.com";

    /** Tool-level display settings and the placements. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"text", "icon_url", "placements"})
    public record Settings(String text, @JsonProperty("icon_url") URI iconUrl, List<CanvasPlacement> placements) {

        public Settings {
            placements = placements == null ? List.of() : List.copyOf(placements);
        }
    }
}
