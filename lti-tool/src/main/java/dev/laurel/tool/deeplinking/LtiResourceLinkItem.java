package dev.laurel.tool.deeplinking;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A content item of type {@code ltiResourceLink}: a link the platform places and launches Laurel through.
 *
 * @param url the launch URL (becomes the launch's {@code target_link_uri}); {@code null} for the tool's default
 * @see <a href="https://www.imsglobal.org/spec/lti-dl/v2p0/#lti-resource-link">Deep Linking 2.0 §3.4.1 LTI Resource Link</a>
 */
public record LtiResourceLinkItem(String title, String text, String url) {

    /** The item as a member of the {@code content_items} claim. */
    public Map<String, Object> toClaim() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", "ltiResourceLink");
        item.put("title", title);
        if (text != null) {
            item.put("text", text);
        }
        if (url != null) {
            item.put("url", url);
        }
        return item;
    }
}
