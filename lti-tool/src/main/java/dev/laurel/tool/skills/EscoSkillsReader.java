package dev.laurel.tool.skills;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads ESCO's {@code skills_en.csv} (one concept per record; labels separated by line breaks). */
final class EscoSkillsReader {

    private static final String URI_PREFIX = "http://data.europa.eu/esco/skill/";

    private EscoSkillsReader() {
    }

    static List<Skill> read(Reader in) {
        try (in) {
            CsvReader csv = CsvReader.csv(in);
            CsvHeader header = CsvHeader.of(csv.next());
            List<Skill> skills = new ArrayList<>();
            for (List<String> record = csv.next(); record != null; record = csv.next()) {
                skills.add(skill(header, record));
            }
            return skills;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static Skill skill(CsvHeader header, List<String> record) {
        String uri = header.get(record, "conceptUri");
        String label = header.get(record, "preferredLabel");
        Set<String> alternatives = new LinkedHashSet<>(lines(header.get(record, "altLabels")));
        alternatives.addAll(lines(header.get(record, "hiddenLabels")));
        alternatives.remove(label);
        String code = uri.startsWith(URI_PREFIX) ? uri.substring(URI_PREFIX.length()) : uri;
        return new Skill(uri, code, label, List.copyOf(alternatives), header.get(record, "description"),
                Framework.ESCO, SkillType.fromEsco(header.get(record, "skillType")),
                header.get(record, "reuseLevel"));
    }

    private static List<String> lines(String labels) {
        return Arrays.stream(labels.split("\\R")).map(String::trim).filter(line -> !line.isEmpty()).toList();
    }
}
