package dev.laurel.tool.ags;

import dev.laurel.tool.services.PlatformResponse;
import java.util.List;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes AGS JSON bodies. */
final class AgsJson {

    private final JsonMapper json;

    AgsJson(JsonMapper json) {
        this.json = json;
    }

    <T> List<T> readList(PlatformResponse response, Class<T> type) {
        if (response.body().length == 0) {
            return List.of();
        }
        JavaType listType = json.getTypeFactory().constructCollectionType(List.class, type);
        return json.readValue(response.body(), listType);
    }

    <T> T read(PlatformResponse response, Class<T> type) {
        return json.readValue(response.body(), type);
    }

    byte[] write(Object value) {
        return json.writeValueAsBytes(value);
    }
}
