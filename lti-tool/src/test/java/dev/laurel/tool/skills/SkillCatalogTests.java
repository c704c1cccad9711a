package dev.laurel.tool.skills;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SkillCatalogTests {

    private SkillCatalog catalog;

    @BeforeAll
    void load() {
        catalog = SharedSkillSearch.catalog();
    }

    @Test
    void loadsEveryEscoSkillOfTheShippedPillar() {
        assertThat(catalog.count(Framework.ESCO)).isEqualTo(13_896);
        assertThat(catalog.skills().values().stream()
                .filter(skill -> skill.framework() == Framework.ESCO && skill.type() == SkillType.KNOWLEDGE).count())
                .isEqualTo(3_059);
        assertThat(catalog.skills().values().stream()
                .filter(skill -> skill.framework() == Framework.ESCO && skill.type() == SkillType.SKILL).count())
                .isEqualTo(10_831);
    }

    @Test
    void loadsTheThirtyFiveOnetSkillsAndThirtyThreeKnowledgeAreas() {
        assertThat(catalog.skills().values().stream()
                .filter(skill -> skill.framework() == Framework.ONET && skill.type() == SkillType.SKILL).count())
                .isEqualTo(35);
        assertThat(catalog.skills().values().stream()
                .filter(skill -> skill.framework() == Framework.ONET && skill.type() == SkillType.KNOWLEDGE).count())
                .isEqualTo(33);
        assertThat(catalog.find("https://www.onetonline.org/find/descriptor/result/2.A.2.a")).get()
                .satisfies(skill -> {
                    assertThat(skill.label()).isEqualTo("Critical Thinking");
                    assertThat(skill.code()).isEqualTo("2.A.2.a");
                });
    }

    @Test
    void readsMultiLineAlternativeLabels() {
        Skill python = catalog.find("http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d").orElseThrow();

        assertThat(python.label()).isEqualTo("Python (computer programming)");
        assertThat(python.altLabels()).contains("Python3", "Pyston", "Python 3K").doesNotHaveDuplicates();
        assertThat(python.description()).startsWith("The techniques and principles of software development");
        assertThat(python.code()).isEqualTo("ccd0a1d9-afda-43d9-b901-96344886e14d");
        assertThat(python.reuseLevel()).isEqualTo("sector-specific");
    }

    @Test
    void readsEveryIctSkillRelationFromBothEnds() {
        long ends = catalog.relations().values().stream().mapToLong(java.util.List::size).sum();

        assertThat(ends).isEqualTo(2 * 1_326);
        assertThat(catalog.relationsOf("http://data.europa.eu/esco/skill/06670261-ea6b-4b52-a915-c7d4ff837f74"))
                .contains(new SkillRelation("http://data.europa.eu/esco/skill/57231a22-4da7-49c8-97b8-75672feadf1e", true));
    }

    @Test
    void findsNothingForUnknownUris() {
        assertThat(catalog.find("http://data.europa.eu/esco/skill/none")).isEmpty();
        assertThat(catalog.find(null)).isEmpty();
    }
}
