package dev.laurel.tool.skills;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads ESCO's {@code skillSkillRelations.csv} into relations indexed from both ends. */
final class EscoSkillRelationsReader {

    private EscoSkillRelationsReader() {
    }

    /** Each skill's relations, in both directions. */
    static Map<String, List<SkillRelation>> read(Reader in) {
        Map<String, List<SkillRelation>> relations = new HashMap<>();
        try (in) {
            CsvReader csv = CsvReader.csv(in);
            CsvHeader header = CsvHeader.of(csv.next());
            for (List<String> record = csv.next(); record != null; record = csv.next()) {
                String from = header.get(record, "originalSkillUri");
                String to = header.get(record, "relatedSkillUri");
                boolean essential = "essential".equals(header.get(record, "relationType"));
                relations.computeIfAbsent(from, uri -> new ArrayList<>()).add(new SkillRelation(to, essential));
                relations.computeIfAbsent(to, uri -> new ArrayList<>()).add(new SkillRelation(from, essential));
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        Map<String, List<SkillRelation>> copy = new HashMap<>();
        relations.forEach((uri, list) -> copy.put(uri, List.copyOf(list)));
        return Map.copyOf(copy);
    }
}
