package dev.laurel.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records benchmark figures: prints each one and merges it into {@code target/bench/results.json} under the
 * repository root (one JSON object, figure name to number), which later benchmarks extend.
 */
public final class BenchResults {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BenchResults() {
    }

    /** Prints and records {@code figures}, keeping the figures other benchmarks already wrote. */
    public static synchronized void record(Map<String, ? extends Number> figures) {
        Path file = Path.of(System.getProperty("laurel.bench.results", "target/bench/results.json"));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel channel = FileChannel.open(file.resolveSibling(file.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                Map<String, Object> all = new TreeMap<>();
                if (Files.exists(file) && Files.size(file) > 0) {
                    all.putAll(JSON.readValue(file.toFile(), Map.class));
                }
                all.putAll(figures);
                JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), all);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        figures.forEach((name, value) -> System.out.printf("BENCH %-32s %s%n", name, value));
    }
}
