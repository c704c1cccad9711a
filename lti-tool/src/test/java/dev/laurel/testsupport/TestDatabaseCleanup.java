package dev.laurel.testsupport;

import java.sql.SQLException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Drops the run's PostgreSQL schemas when the JUnit launcher session closes. */
public final class TestDatabaseCleanup implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (!TestDatabase.isPostgres()) {
            return;
        }
        try {
            TestDatabase.dropPostgresSchemas();
        }
        catch (SQLException ex) {
            System.err.println("Could not drop test schemas " + TestDatabase.POSTGRES_SCHEMA + ": " + ex.getMessage());
        }
    }
}
