package dev.laurel.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a benchmark: excluded from {@code mvn test}, run by {@code mvn -B -Pbench test} (on PostgreSQL).
 * Benchmarks print their figures and record them with {@link BenchResults}; they never assert on time.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("benchmark")
public @interface Benchmark {
}
