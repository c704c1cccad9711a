package dev.laurel.testsupport;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The database each test application context uses: a fresh embedded H2 database by default, or (when the
 * {@code postgresql} Surefire execution sets {@code laurel.test.database=postgresql}) the real PostgreSQL in a
 * schema of its own. Every context gets its own, so no context sees another's rows or runs another's
 * background jobs, and concurrent runs never meet. The run's schemas are dropped when it ends.
 */
public final class TestDatabase {

    /** The prefix of the schemas this JVM's PostgreSQL tests use, one per application context. */
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
        String unique = HexFormat.of().toHexDigits(new SecureRandom().nextInt());
        if (isPostgres()) {
            String schema = POSTGRES_SCHEMA + "_" + unique;
            properties.put("spring.datasource.url", POSTGRES_URL + "?currentSchema=" + schema);
            properties.put("spring.datasource.username", "postgres");
            properties.put("spring.datasource.password", "");
            properties.put("spring.flyway.schemas", schema);
            properties.put("spring.flyway.default-schema", schema);
        }
        else {
            properties.put("spring.datasource.url", "jdbc:h2:mem:laurel-" + unique + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
            properties.put("spring.datasource.username", "sa");
            properties.put("spring.datasource.password", "");
        }
        return properties;
    }

    /** Drops this run's PostgreSQL schemas; called once when the test run ends. */
    static void dropPostgresSchemas() throws SQLException {
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, "postgres", "");
             Statement statement = connection.createStatement()) {
            List<String> schemas = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT schema_name FROM information_schema.schemata"
                    + " WHERE schema_name LIKE '" + POSTGRES_SCHEMA + "%'")) {
                while (rows.next()) {
                    schemas.add(rows.getString(1));
                }
            }
            for (String schema : schemas) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }
}
