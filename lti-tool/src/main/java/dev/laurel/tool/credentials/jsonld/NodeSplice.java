package dev.laurel.tool.credentials.jsonld;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The recurring nodes one document reuses ({@link RecurringNodes}): each use of a node gets blank node labels of
 * its own, and a blank node is referenced by an IRI reserved for this document ({@code urn:laurel:recurring-node:stub-N})
 * that {@link #link} turns back into the node's root label.
 */
final class NodeSplice {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final String STUB_IRI = RecurringNode.RESERVED_IRI + "stub-";

    private final List<RecurringNode> nodes = new ArrayList<>();
    private final Map<String, String> links = new HashMap<>();

    /** Records a use of {@code node} and returns its reference: its own {@code id}, or a reserved IRI for a blank node. */
    JsonObject use(RecurringNode node, JsonValue id) {
        int uses = (int) nodes.stream().filter(used -> used.prefix().startsWith(node.prefix())).count();
        RecurringNode use = uses == 0 ? node : node.again(uses);
        nodes.add(use);
        if (!use.blankRoot()) {
            return RecurringNode.stub(id);
        }
        String stub = STUB_IRI + links.size();
        links.put(stub, use.root());
        return RecurringNode.stub(JSON.createValue(stub));
    }

    /** Whether a blank node is among the reused ones: then the quads of the rest need {@link #link}. */
    boolean referencesBlankNodes() {
        return !links.isEmpty();
    }

    /** Hands over the reused nodes' quads, and the first-degree hashes known of their blank nodes. */
    void emit(Consumer<Quad> out, Map<String, String> hashes) {
        for (RecurringNode node : nodes) {
            node.quads().forEach(out);
            hashes.putAll(node.hashes());
        }
    }

    /** Turns each reserved IRI into its blank node; false unless each occurs exactly once, as the object of a quad. */
    boolean link(List<Quad> quads) {
        Set<String> linked = new HashSet<>();
        for (int index = 0; index < quads.size(); index++) {
            Quad quad = quads.get(index);
            if (links.containsKey(quad.subject()) || links.containsKey(quad.predicate()) || links.containsKey(quad.graph())) {
                return false;
            }
            String root = quad.datatype() == null ? links.get(quad.object()) : null;
            if (root != null) {
                if (!linked.add(quad.object())) {
                    return false;
                }
                quads.set(index, new Quad(quad.subject(), quad.predicate(), root, null, null, null, quad.graph()));
            }
        }
        return linked.size() == links.size();
    }
}
