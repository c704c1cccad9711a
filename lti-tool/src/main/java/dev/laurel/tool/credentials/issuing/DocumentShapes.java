package dev.laurel.tool.credentials.issuing;

import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The shape of a credential document, for schema validation within a batch: the document with the values Laurel
 * generates afresh for each credential masked — its {@code id}, the subject's {@code id}, each identifier's
 * {@code identityHash} and {@code salt}, each status entry's {@code id} and {@code statusListIndex}. Two documents of
 * one shape differ only in such values, each generated in one fixed form (a URL ending in a UUID, a {@code urn:uuid},
 * a SHA-256 hash or the learner's name, a hex salt, a decimal index), and the OB 3.0 schema constrains them only by
 * type and URI form, which every value of that form meets: the schema accepts both documents or neither.
 */
final class DocumentShapes {

    private static final Set<String> MASKED = Set.of("/id", "/credentialSubject/id",
            "/credentialSubject/identifier/*/identityHash", "/credentialSubject/identifier/*/salt",
            "/credentialStatus/id", "/credentialStatus/statusListIndex", "/credentialStatus/*/id",
            "/credentialStatus/*/statusListIndex");

    private DocumentShapes() {
    }

    /** The document's shape as text: every path with its value, the masked values as {@code ?}. */
    static String of(JsonNode document) {
        StringBuilder shape = new StringBuilder(2048);
        append(shape, document, "", "");
        return shape.toString();
    }

    private static void append(StringBuilder shape, JsonNode node, String path, String pattern) {
        if (node.isObject()) {
            shape.append('{');
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                shape.append(property.getKey()).append(':');
                append(shape, property.getValue(), path + "/" + property.getKey(), pattern + "/" + property.getKey());
                shape.append(',');
            }
            shape.append('}');
        }
        else if (node.isArray()) {
            shape.append('[');
            for (int i = 0; i < node.size(); i++) {
                append(shape, node.get(i), path + "/" + i, pattern + "/*");
                shape.append(',');
            }
            shape.append(']');
        }
        else if (MASKED.contains(path) || MASKED.contains(pattern)) {
            shape.append(node.isString() ? "\"?\"" : "?");
        }
        else {
            shape.append(node.toString());
        }
    }
}
