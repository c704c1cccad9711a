package dev.laurel.tool.ags;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Filters of the line-item container GET; null fields are not sent.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#container-request-filters">AGS §3.2.3 filters</a>
 */
public record LineItemFilter(String resourceLinkId, String resourceId, String tag, Integer limit) {

    public static LineItemFilter all() {
        return new LineItemFilter(null, null, null, null);
    }

    public LineItemFilter withResourceLinkId(String value) {
        return new LineItemFilter(value, resourceId, tag, limit);
    }

    public LineItemFilter withResourceId(String value) {
        return new LineItemFilter(resourceLinkId, value, tag, limit);
    }

    public LineItemFilter withTag(String value) {
        return new LineItemFilter(resourceLinkId, resourceId, value, limit);
    }

    public LineItemFilter withLimit(int value) {
        return new LineItemFilter(resourceLinkId, resourceId, tag, value);
    }

    Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("resource_link_id", resourceLinkId);
        parameters.put("resource_id", resourceId);
        parameters.put("tag", tag);
        parameters.put("limit", limit);
        return parameters;
    }
}
