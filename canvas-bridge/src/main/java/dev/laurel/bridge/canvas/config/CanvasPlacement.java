package dev.laurel.bridge.canvas.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URI;
import org.springframework.util.Assert;

/**
 * One Canvas placement of the tool (e.g. {@code course_navigation}, {@code link_selection}).
 *
 * @param placement Canvas's placement name
 * @param messageType the message it launches with
 * @param text the label Canvas shows; {@code null} for the tool-level text
 * @param targetLinkUri where the launch goes; {@code null} for the tool-level target
 * @param iconUrl an icon; {@code null} for none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"placement", "message_type", "text", "target_link_uri", "icon_url"})
public record CanvasPlacement(String placement, @JsonProperty("message_type") CanvasMessageType messageType,
        String text, @JsonProperty("target_link_uri") URI targetLinkUri, @JsonProperty("icon_url") URI iconUrl) {

    public CanvasPlacement {
        Assert.hasText(placement, "placement cannot be empty");
        Assert.notNull(messageType, "messageType cannot be null");
    }

    /** A placement with the tool-level text and target. */
    public static CanvasPlacement of(String placement, CanvasMessageType messageType) {
        return new CanvasPlacement(placement, messageType, null, null, null);
    }
}
