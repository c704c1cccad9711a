package dev.laurel.tool.skills;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the Skills (2.A, 2.B) and Knowledge (2.C) descriptors from O*NET's {@code Content Model Reference.txt}:
 * the leaves of those branches, e.g. {@code 2.A.1.a Reading Comprehension}, {@code 2.C.3.a Computers and Electronics}.
 */
final class OnetSkillsReader {

    /** O*NET OnLine's page of one descriptor, the URL an alignment targets. */
    static final String DESCRIPTOR_URL = "https://www.onetonline.org/find/descriptor/result/";

    private OnetSkillsReader() {
    }

    static List<Skill> read(Reader in) {
        List<List<String>> rows;
        try (in) {
            CsvReader tsv = CsvReader.tabSeparated(in);
            CsvHeader header = CsvHeader.of(tsv.next());
            rows = tsv.readAll().stream()
                    .map(row -> List.of(header.get(row, "Element ID"), header.get(row, "Element Name"),
                            header.get(row, "Description")))
                    .toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        Set<String> ids = rows.stream().map(row -> row.get(0)).collect(Collectors.toSet());
        List<Skill> skills = new ArrayList<>();
        for (List<String> row : rows) {
            String id = row.get(0);
            SkillType type = typeOf(id);
            if (type != null && isLeaf(id, ids)) {
                skills.add(new Skill(DESCRIPTOR_URL + id, id, row.get(1), List.of(), row.get(2), Framework.ONET,
                        type, ""));
            }
        }
        return skills;
    }

    private static SkillType typeOf(String id) {
        if (id.startsWith("2.A.") || id.startsWith("2.B.")) {
            return SkillType.SKILL;
        }
        return id.startsWith("2.C.") ? SkillType.KNOWLEDGE : null;
    }

    private static boolean isLeaf(String id, Set<String> ids) {
        return ids.stream().noneMatch(other -> other.startsWith(id + "."));
    }
}
