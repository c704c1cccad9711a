package dev.laurel.bench;

import dev.laurel.testsupport.BenchResults;
import dev.laurel.testsupport.Benchmark;
import dev.laurel.tool.skills.SkillCatalog;
import dev.laurel.tool.skills.SkillSearch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Skills index build time and the latency of type-ahead searches and criterion suggestions. Prints, never asserts. */
@Benchmark
class SkillSearchBenchmark {

    private static final List<String> TYPED = List.of("Python", "pyhton", "data anal", "statistcs", "project man",
            "java", "teamwork", "critical thin", "cloud", "machine lear", "communicate with cust", "SQL", "spreadsh");

    private static final List<String> CRITERIA = List.of(
            "Interprets descriptive statistics and builds charts to communicate findings from a dataset",
            "Writes clear, well-structured unit tests for Java code",
            "Leads a team meeting and resolves conflicts",
            "Designs a relational database schema and writes SQL queries to answer business questions");

    private static final int ROUNDS = 20;

    @Test
    void measureBuildAndQueryLatency() {
        long start = System.nanoTime();
        SkillSearch search = SkillSearch.startBuilding(SkillCatalog::load);
        if (!search.awaitReady(Duration.ofMinutes(5))) {
            throw new IllegalStateException("skills index not built in 5 minutes");
        }
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        try (search) {
            List<String> keystrokes = new ArrayList<>();
            TYPED.forEach(word -> {
                for (int i = 1; i <= word.length(); i++) {
                    keystrokes.add(word.substring(0, i));
                }
            });
            List<Double> searches = timeEach(keystrokes, query -> search.search(query, 10, null));
            List<Double> suggestions = timeEach(CRITERIA, text -> search.suggest(text, 10));
            Map<String, Number> figures = new LinkedHashMap<>();
            figures.put("skills_index_build_s", round(buildSeconds));
            figures.put("skills_index_docs", search.statistics().orElseThrow().indexed());
            figures.put("skills_search_p50_ms", round(percentile(searches, 50)));
            figures.put("skills_search_p95_ms", round(percentile(searches, 95)));
            figures.put("skills_suggest_p50_ms", round(percentile(suggestions, 50)));
            BenchResults.record(figures);
        }
    }

    /** Runs every input ROUNDS times after one warm-up round; the latency of each call, in ms. */
    private static List<Double> timeEach(List<String> inputs, Consumer<String> call) {
        inputs.forEach(call);
        List<Double> millis = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (String input : inputs) {
                long start = System.nanoTime();
                call.accept(input);
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        return millis;
    }

    private static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
