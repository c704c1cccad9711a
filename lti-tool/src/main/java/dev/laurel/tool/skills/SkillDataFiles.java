package dev.laurel.tool.skills;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.springframework.core.io.ClassPathResource;

/** The framework files shipped under {@code classpath:skills/} (sources and licences in its ATTRIBUTION.md). */
final class SkillDataFiles {

    /** ESCO v1.1.1 skills pillar, English, unmodified. */
    static final String ESCO_SKILLS = "skills/esco/skills_en.csv.gz";

    /** ESCO v1.1.1 skill-to-skill relations, ICT subset. */
    static final String ESCO_SKILL_RELATIONS = "skills/esco/skillSkillRelations_ict.csv.gz";

    /** O*NET 29.2 Content Model Reference. */
    static final String ONET_CONTENT_MODEL = "skills/onet/content_model_reference.txt.gz";

    private SkillDataFiles() {
    }

    /** A UTF-8 reader of the gzipped classpath resource {@code path}. */
    static Reader open(String path) {
        try {
            return new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(new ClassPathResource(path).getInputStream(), 1 << 16),
                    StandardCharsets.UTF_8), 1 << 16);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot open " + path, ex);
        }
    }
}
