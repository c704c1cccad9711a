package dev.laurel.tool.services;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the human message out of an LMS's error body: Canvas's {@code {"errors":[{"message":...}]}} or
 * {@code {"errors":{"message":...}}}, Moodle's {@code {"status":..., "reason":...}} or {@code {"message":...}},
 * OAuth2's {@code error} / {@code error_description}; a short plain-text body is taken as is.
 */
final class PlatformErrorBodies {

    private static final int MAX_MESSAGE_LENGTH = 500;

    private final JsonMapper json;

    PlatformErrorBodies(JsonMapper json) {
        this.json = json;
    }

    /** The LMS's message in {@code body}, or null when there is none. */
    String message(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            JsonNode root = json.readTree(body);
            List<String> messages = new ArrayList<>();
            collect(root, messages);
            return messages.isEmpty() ? null : shorten(String.join("; ", messages));
        }
        catch (JacksonException ex) {
            String text = new String(body, StandardCharsets.UTF_8).strip();
            return text.isEmpty() || text.startsWith("<") ? null : shorten(text);
        }
    }

    private static void collect(JsonNode node, List<String> messages) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return;
        }
        if (node.isString()) {
            messages.add(node.asString());
            return;
        }
        if (node.isArray()) {
            node.values().forEach(each -> collect(each, messages));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (node.path("error").isString()) {
            String description = node.path("error_description").asString(null);
            messages.add(description == null ? node.path("error").asString()
                    : node.path("error").asString() + ": " + description);
            return;
        }
        if (node.has("errors")) {
            collect(node.get("errors"), messages);
            return;
        }
        for (String field : List.of("message", "reason", "error_description")) {
            if (node.path(field).isString()) {
                messages.add(node.path(field).asString());
                return;
            }
        }
        if (node.path("error").isObject()) {
            collect(node.get("error"), messages);
        }
    }

    private static String shorten(String text) {
        return text.length() <= MAX_MESSAGE_LENGTH ? text : text.substring(0, MAX_MESSAGE_LENGTH) + "…";
    }
}
