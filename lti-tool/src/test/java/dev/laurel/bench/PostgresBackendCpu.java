package dev.laurel.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * CPU time of the PostgreSQL backend processes behind the tool's connection pool, read from {@code /proc} (so
 * only on Linux, with the database on this machine): the pool's connections are all borrowed once to learn
 * their backends' process ids.
 */
final class PostgresBackendCpu {

    /** Linux's USER_HZ: /proc reports CPU time in ticks of 1/100 s. */
    private static final long TICKS_PER_SECOND = 100;

    private final List<Long> backends;

    private PostgresBackendCpu(List<Long> backends) {
        this.backends = backends;
    }

    static PostgresBackendCpu of(DataSource dataSource) throws SQLException {
        int size = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
        List<Connection> connections = new ArrayList<>();
        List<Long> backends = new ArrayList<>();
        try {
            for (int i = 0; i < size; i++) {
                Connection connection = dataSource.getConnection();
                connections.add(connection);
                try (Statement statement = connection.createStatement();
                     ResultSet pid = statement.executeQuery("SELECT pg_backend_pid()")) {
                    pid.next();
                    backends.add(pid.getLong(1));
                }
            }
        }
        finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
        return new PostgresBackendCpu(backends);
    }

    /** The backends' CPU time so far, empty when {@code /proc} does not show them. */
    Optional<Duration> cpu() {
        long ticks = 0;
        for (long pid : backends) {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            }
            catch (IOException | RuntimeException ex) {
                return Optional.empty();
            }
        }
        return Optional.of(Duration.ofMillis(ticks * 1000 / TICKS_PER_SECOND));
    }
}
