package dev.laurel.tool.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class DatabaseReachabilityCheckTests {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicInteger exitCode = new AtomicInteger(-1);
    private final DatabaseReachabilityCheck check = new DatabaseReachabilityCheck(
            new PrintStream(err, true, StandardCharsets.UTF_8), exitCode::set);

    @Test
    void unreachablePostgresStopsWithOneLineNamingTheUrl() {
        check.onApplicationEvent(eventWith("jdbc:postgresql://127.0.0.1:1/laurel"));

        String printed = err.toString(StandardCharsets.UTF_8);
        assertThat(exitCode).hasValue(2);
        assertThat(printed.lines()).hasSize(1);
        assertThat(printed).startsWith("Laurel cannot start: PostgreSQL at jdbc:postgresql://127.0.0.1:1/laurel is unreachable");
    }

    @Test
    void reachablePostgresLetsStartUpContinue() {
        check.onApplicationEvent(eventWith(System.getProperty("laurel.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test")));

        assertThat(exitCode).hasValue(-1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void embeddedDatabaseIsNotProbed() {
        check.onApplicationEvent(eventWith("jdbc:h2:mem:anything"));

        assertThat(exitCode).hasValue(-1);
    }

    private static ApplicationEnvironmentPreparedEvent eventWith(String url) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("spring.datasource.url", url, "spring.datasource.username", "postgres")));
        return new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), new SpringApplication(),
                new String[0], environment);
    }
}
