package dev.laurel.testsupport;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The database a test run uses: embedded H2 by default, or (when the {@code postgresql} Surefire execution
 * sets {@code laurel.test.database=postgresql}) the real PostgreSQL in a schema of its own, so that
 * concurrent runs never see each other's rows. The schema is dropped when the run ends.
 */
public final class TestDatabase {

    /** The schema this JVM's PostgreSQL tests use. */
    public static final String POSTGRES_SCHEMA = "laurel_test_" + HexFormat.of().toHexDigits(new SecureRandom().nextLong());

    private static final String POSTGRES_URL = System.getProperty("laurel.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/test");

    private TestDatabase() {
    }

    public static boolean isPostgres() {
        return "postgresql".equals(System.getProperty("laurel.test.database"));
    }

    /**
     * Datasource and Flyway properties for the tool's context, a fast job poll for tests that await jobs, and
     * the skills index built on first use (not in every test context).
     */
    public static Map<String, Object> toolProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("laurel.jobs.polling-interval", "100ms");
        properties.put("laurel.skills.index-at-startup", "false");
        if (isPostgres()) {
            properties.put("spring.datasource.url", POSTGRES_URL + "?currentSchema=" + POSTGRES_SCHEMA);
            properties.put("spring.datasource.username", "postgres");
            properties.put("spring.datasource.password", "");
            properties.put("spring.flyway.schemas", POSTGRES_SCHEMA);
            properties.put("spring.flyway.default-schema", POSTGRES_SCHEMA);
        }
        else {
            properties.put("spring.datasource.url", "jdbc:h2:mem:laurel;DB_CLOSE_DELAY=-1");
            properties.put("spring.datasource.username", "sa");
            properties.put("spring.datasource.password", "");
        }
        return properties;
    }

    /** Drops this run's PostgreSQL schema; called once when the test run ends. */
    static void dropPostgresSchema() throws SQLException {
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + POSTGRES_SCHEMA + " CASCADE");
        }
    }
}
