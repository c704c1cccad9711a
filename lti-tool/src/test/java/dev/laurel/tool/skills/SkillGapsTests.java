package dev.laurel.tool.skills;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.tool.skills.SkillGaps.RelatedSkill;
import dev.laurel.tool.skills.SkillGaps.SkillGapReport;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SkillGapsTests {

    private static final String ESCO = "http://data.europa.eu/esco/skill/";
    private static final String PYTHON = ESCO + "ccd0a1d9-afda-43d9-b901-96344886e14d";
    private static final String IDENTIFY_STATISTICAL_PATTERNS = ESCO + "06670261-ea6b-4b52-a915-c7d4ff837f74";
    private static final String MANAGE_QUANTITATIVE_DATA = ESCO + "57231a22-4da7-49c8-97b8-75672feadf1e";

    private final SkillGaps gaps = new SkillGaps(SharedSkillSearch.search());

    @Test
    void listsMissingSkillsClosestToTheHeldOnesFirst() {
        SkillGapReport report = gaps.recommend(Set.of(MANAGE_QUANTITATIVE_DATA),
                Set.of(PYTHON, IDENTIFY_STATISTICAL_PATTERNS, MANAGE_QUANTITATIVE_DATA));

        assertThat(report.missing()).extracting(Skill::uri).containsExactly(IDENTIFY_STATISTICAL_PATTERNS, PYTHON);
        assertThat(report.unknownUris()).isEmpty();
    }

    @Test
    void recommendsSkillsEscoRelatesToTheMissingOnes() {
        SkillGapReport report = gaps.recommend(Set.of(), Set.of(PYTHON, IDENTIFY_STATISTICAL_PATTERNS));

        assertThat(report.related()).extracting(related -> related.skill().label())
                .contains("use scripting programming", "manage quantitative data");
        assertThat(report.related()).extracting(related -> related.skill().uri())
                .doesNotContain(PYTHON, IDENTIFY_STATISTICAL_PATTERNS);
        assertThat(report.related()).first().extracting(RelatedSkill::essential).isEqualTo(true);
        assertThat(report.related()).hasSizeLessThanOrEqualTo(SkillGaps.MAX_RELATED);
    }

    @Test
    void neverRecommendsWhatIsHeld() {
        SkillGapReport report = gaps.recommend(Set.of(MANAGE_QUANTITATIVE_DATA), Set.of(IDENTIFY_STATISTICAL_PATTERNS));

        assertThat(report.related()).extracting(related -> related.skill().uri()).doesNotContain(MANAGE_QUANTITATIVE_DATA);
    }

    @Test
    void reportsNoGapWhenEverythingIsHeld() {
        SkillGapReport report = gaps.recommend(Set.of(PYTHON), Set.of(PYTHON));

        assertThat(report.missing()).isEmpty();
        assertThat(report.related()).isEmpty();
    }

    @Test
    void setsAsideUnknownTargetUris() {
        SkillGapReport report = gaps.recommend(Set.of(), Set.of(PYTHON, ESCO + "no-such-skill"));

        assertThat(report.missing()).extracting(Skill::uri).containsExactly(PYTHON);
        assertThat(report.unknownUris()).containsExactly(ESCO + "no-such-skill");
    }
}
