package dev.laurel.tool.credentials.issuing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shape of a credential document, for schema validation within a batch: the document with the values Laurel
 * generates afresh for each credential masked — its {@code id}, the subject's {@code id}, each identifier's
 * {@code identityHash} and {@code salt}, each status entry's {@code id} and {@code statusListIndex}. Two documents of
 * one shape differ only in such values, each generated in one fixed form (a URL ending in a UUID, a {@code urn:uuid},
 * a SHA-256 hash or the learner's name, a hex salt, a decimal index), and the OB 3.0 schema constrains them only by
 * type and URI form, which every value of that form meets: the schema accepts both documents or neither.
 *
 * <p>Only the nodes on the way to a masked value are walked; every other subtree is written as its JSON text at once.
 */
final class DocumentShapes {

    private static final Mask MASKED = Mask.of("id", "credentialSubject/id", "credentialSubject/identifier/*/identityHash",
            "credentialSubject/identifier/*/salt", "credentialStatus/id", "credentialStatus/statusListIndex",
            "credentialStatus/*/id", "credentialStatus/*/statusListIndex");

    private DocumentShapes() {
    }

    /** The document's shape as text: its JSON with the masked values as {@code ?}. */
    static String of(JsonNode document) {
        StringBuilder shape = new StringBuilder(2048);
        append(shape, document, MASKED);
        return shape.toString();
    }

    private static void append(StringBuilder shape, JsonNode node, Mask mask) {
        if (mask == null) {
            shape.append(node.toString());
        }
        else if (node.isObject()) {
            shape.append('{');
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                shape.append(((ObjectNode) node).stringNode(property.getKey()).toString()).append(':');
                append(shape, property.getValue(), mask.property(property.getKey()));
                shape.append(',');
            }
            shape.append('}');
        }
        else if (node.isArray()) {
            shape.append('[');
            for (JsonNode element : node.values()) {
                append(shape, element, mask.element());
                shape.append(',');
            }
            shape.append(']');
        }
        else if (mask.masked()) {
            shape.append(node.isString() ? "\"?\"" : "?");
        }
        else {
            shape.append(node.toString());
        }
    }

    /**
     * The masked paths below one node: {@code masked} when the node's own value is masked, the paths below its
     * properties by name and below any element of an array as {@code *}.
     */
    private record Mask(boolean masked, Map<String, Mask> children) {

        static Mask of(String... paths) {
            return of(Arrays.stream(paths).map(path -> List.of(path.split("/"))).toList());
        }

        /** The mask of the node that {@code paths} (the rest of each path below it) start from. */
        private static Mask of(List<List<String>> paths) {
            Map<String, Mask> children = paths.stream().filter(path -> !path.isEmpty())
                .collect(Collectors.groupingBy(path -> path.get(0))).entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                        below -> of(below.getValue().stream().map(path -> path.subList(1, path.size())).toList())));
            return new Mask(paths.stream().anyMatch(List::isEmpty), children);
        }

        Mask property(String name) {
            return children.get(name);
        }

        Mask element() {
            return children.get("*");
        }
    }
}
