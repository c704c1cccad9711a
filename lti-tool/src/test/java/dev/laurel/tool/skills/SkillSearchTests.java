package dev.laurel.tool.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class SkillSearchTests {

    private static final String PYTHON = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";

    private final SkillSearch search = SharedSkillSearch.search();

    private static List<String> labels(List<SkillMatch> matches) {
        return matches.stream().map(SkillMatch::label).toList();
    }

    @Test
    void findsPythonProgrammingByItsName() {
        List<SkillMatch> matches = search.search("Python", 5, null);

        assertThat(matches).first().satisfies(match -> {
            assertThat(match.uri()).isEqualTo(PYTHON);
            assertThat(match.label()).isEqualTo("Python (computer programming)");
            assertThat(match.framework()).isEqualTo(Framework.ESCO);
            assertThat(match.type()).isEqualTo(SkillType.KNOWLEDGE);
            assertThat(match.score()).isPositive();
            assertThat(match.description()).hasSizeLessThanOrEqualTo(SkillMatch.SHORT_DESCRIPTION);
        });
    }

    @Test
    void toleratesATypo() {
        assertThat(search.search("pyhton", 5, null)).first().extracting(SkillMatch::uri).isEqualTo(PYTHON);
        assertThat(search.search("statistcs", 5, null)).extracting(SkillMatch::label).contains("statistics");
    }

    @Test
    void completesTheWordBeingTyped() {
        assertThat(search.search("pyth", 5, null)).first().extracting(SkillMatch::uri).isEqualTo(PYTHON);
        List<String> dataAnalysis = labels(search.search("data anal", 10, null));
        assertThat(dataAnalysis).contains("data analytics", "perform data analysis");
        assertThat(dataAnalysis.subList(0, 3)).allSatisfy(label -> assertThat(label).containsIgnoringCase("data anal"));
    }

    @Test
    void ranksAnExactLabelFirst() {
        assertThat(search.search("statistics", 5, null)).first().extracting(SkillMatch::label).isEqualTo("statistics");
        assertThat(search.search("java", 3, null)).first().extracting(SkillMatch::label)
                .isEqualTo("Java (computer programming)");
    }

    @Test
    void suggestsStatisticsAndVisualisationSkillsForADataCriterion() {
        List<SkillMatch> suggestions = search.suggest(
                "Interprets descriptive statistics and builds charts to communicate findings from a dataset", 10);

        assertThat(suggestions).hasSize(10);
        assertThat(labels(suggestions)).contains("statistics", "identify statistical patterns");
        assertThat(suggestions).extracting(SkillMatch::score).isSortedAccordingTo((a, b) -> Float.compare(b, a));
    }

    @Test
    void suggestsFromTheCriterionsOwnWords() {
        assertThat(labels(search.suggest("Leads a team meeting and resolves conflicts", 5)))
                .contains("resolve conflicts", "lead a team");
        assertThat(labels(search.suggest("Writes unit tests for Java code", 10)))
                .contains("Java (computer programming)", "perform software unit testing");
    }

    @Test
    void filtersByFramework() {
        List<SkillMatch> onet = search.search("critical", 10, Framework.ONET);
        List<SkillMatch> esco = search.search("critical", 10, Framework.ESCO);

        assertThat(onet).isNotEmpty().allSatisfy(match -> assertThat(match.framework()).isEqualTo(Framework.ONET));
        assertThat(labels(onet)).contains("Critical Thinking");
        assertThat(esco).isNotEmpty().allSatisfy(match -> assertThat(match.framework()).isEqualTo(Framework.ESCO));
        assertThat(search.suggest("Uses computers and electronics", 5, Framework.ONET))
                .extracting(SkillMatch::label).contains("Computers and Electronics");
    }

    @Test
    void answersALongManyWordQueryFromItsFirstWords() {
        String query = "data analysis statistics programming software development management communication "
                + "engineering planning research teaching marketing accounting finance design testing security "
                + "networks cloud";

        assertThat(query.length()).isLessThanOrEqualTo(200);
        assertThat(search.search(query, 10, null)).isNotNull();
        assertThat(search.suggest(query.repeat(20), 10)).isNotEmpty();
    }

    @Test
    void answersNothingForTextWithoutWords() {
        assertThat(search.search("  ?! ", 10, null)).isEmpty();
        assertThat(search.suggest("the and of", 10)).isEmpty();
    }

    @Test
    void findsASkillByUri() {
        assertThat(search.find(PYTHON)).get().extracting(Skill::label).isEqualTo("Python (computer programming)");
        assertThat(search.find("https://example.org/not-a-skill")).isEmpty();
    }

    @Test
    void rejectsLimitsOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> search.search("data", 0, null))
                .withMessage("limit must be 1 to 50, not 0");
        assertThatIllegalArgumentException().isThrownBy(() -> search.suggest("data", 51))
                .withMessage("limit must be 1 to 50, not 51");
    }

    @Test
    void refusesCallsUntilTheIndexIsBuilt() {
        CompletableFuture<SkillCatalog> gate = new CompletableFuture<>();
        try (SkillSearch building = SkillSearch.startBuilding(gate::join)) {
            assertThat(building.isReady()).isFalse();
            assertThat(building.statistics()).isEmpty();
            assertThatThrownBy(() -> building.search("python", 5, null))
                    .isInstanceOfSatisfying(SkillIndexNotReadyException.class, ex -> assertThat(ex.failed()).isFalse());
            gate.completeExceptionally(new IllegalStateException("no data"));
        }
    }

    @Test
    void reportsTheBuild() {
        assertThat(search.statistics()).get().satisfies(statistics -> {
            assertThat(statistics.indexed()).isEqualTo(13_896 + 68);
            assertThat(statistics.esco()).isEqualTo(13_896);
            assertThat(statistics.onet()).isEqualTo(68);
        });
    }
}
