package dev.laurel.tool.ops;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Which database Laurel runs on, read once at start: the features with a PostgreSQL-only fast path (one-statement
 * launch, unnest page writes) ask it, and take their portable path elsewhere or when the database cannot be asked.
 */
@Component
public class DatabaseProduct {

    private final boolean postgres;

    public DatabaseProduct(DataSource dataSource) {
        this.postgres = isPostgres(dataSource);
    }

    /** Whether the database is PostgreSQL. */
    public boolean isPostgres() {
        return postgres;
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        }
        catch (SQLException ex) {
            return false;
        }
    }
}
