package dev.laurel.tool.credentials.proof;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Map;
import org.springframework.util.Assert;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Jackson tree as the Jakarta JSON value titanium reads: the value that parsing the tree's JSON text would
 * give, built without writing and parsing the whole text. Members keep their order; numbers (and any node that
 * is not an object, array, string, boolean or null) are written by the mapper and parsed, so their Jakarta
 * form is exactly the parsed one.
 */
final class JakartaJson {

    /** Looked up once: {@code Json.*} calls search the service loader every time. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final JsonMapper mapper;

    JakartaJson(JsonMapper mapper) {
        Assert.notNull(mapper, "mapper cannot be null");
        this.mapper = mapper;
    }

    JsonObject object(ObjectNode node) {
        return (JsonObject) value(node);
    }

    /** Parses JSON text that holds an object. */
    static JsonObject parse(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private JsonValue value(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> {
                JsonObjectBuilder object = JSON.createObjectBuilder();
                for (Map.Entry<String, JsonNode> member : node.properties()) {
                    object.add(member.getKey(), value(member.getValue()));
                }
                yield object.build();
            }
            case ARRAY -> {
                JsonArrayBuilder array = JSON.createArrayBuilder();
                for (JsonNode element : node.values()) {
                    array.add(value(element));
                }
                yield array.build();
            }
            case STRING -> JSON.createValue(node.asString());
            case BOOLEAN -> node.booleanValue() ? JsonValue.TRUE : JsonValue.FALSE;
            case NULL -> JsonValue.NULL;
            default -> parsedValue(mapper.writeValueAsString(node));
        };
    }

    private static JsonValue parsedValue(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader("[" + json + "]"))) {
            return reader.readArray().get(0);
        }
    }
}
