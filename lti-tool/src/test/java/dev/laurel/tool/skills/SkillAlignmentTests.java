package dev.laurel.tool.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SkillAlignmentTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void alignsToAnEscoSkillByItsConceptUri() {
        Skill python = new Skill("http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d",
                "ccd0a1d9-afda-43d9-b901-96344886e14d", "Python (computer programming)", List.of("Python3"),
                "The techniques and principles of software development in Python.", Framework.ESCO,
                SkillType.KNOWLEDGE, "sector-specific");

        SkillAlignment alignment = SkillAlignment.of(python);

        Map<String, Object> json = JSON.convertValue(alignment, Map.class);
        assertThat(json).containsExactly(
                entry("type", List.of("Alignment")),
                entry("targetName", "Python (computer programming)"),
                entry("targetUrl", "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d"),
                entry("targetDescription", "The techniques and principles of software development in Python."),
                entry("targetFramework", "ESCO"),
                entry("targetCode", "ccd0a1d9-afda-43d9-b901-96344886e14d"),
                entry("targetType", "ceasn:Competency"));
    }

    @Test
    void alignsToAnOnetDescriptorByItsOnlinePage() {
        Skill critical = SharedSkillSearch.catalog()
                .find("https://www.onetonline.org/find/descriptor/result/2.A.2.a").orElseThrow();

        SkillAlignment alignment = SkillAlignment.of(critical);

        assertThat(alignment.targetFramework()).isEqualTo("O*NET-SOC");
        assertThat(alignment.targetCode()).isEqualTo("2.A.2.a");
        assertThat(alignment.targetName()).isEqualTo("Critical Thinking");
        assertThat(alignment.targetUrl()).isEqualTo("https://www.onetonline.org/find/descriptor/result/2.A.2.a");
        assertThat(alignment.targetType()).isEqualTo(SkillAlignment.COMPETENCY);
    }

    @Test
    void leavesOutAnEmptyDescription() {
        Skill bare = new Skill("http://data.europa.eu/esco/skill/x", "x", "bare", List.of(), "", Framework.ESCO,
                SkillType.UNSPECIFIED, "");

        assertThat(SkillAlignment.of(bare).targetDescription()).isNull();
    }
}
