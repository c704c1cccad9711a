package dev.laurel.tool.ops;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.function.IntConsumer;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Before anything else starts, checks that a configured PostgreSQL server answers; if it does not,
 * says so in one line naming the URL tried and stops, instead of a page of stack trace.
 */
public final class DatabaseReachabilityCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final int LOGIN_TIMEOUT_SECONDS = 5;

    private final PrintStream err;
    private final IntConsumer exit;

    public DatabaseReachabilityCheck() {
        this(System.err, System::exit);
    }

    DatabaseReachabilityCheck(PrintStream err, IntConsumer exit) {
        this.err = err;
        this.exit = exit;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment env = event.getEnvironment();
        String url = env.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:postgresql:")) {
            return;
        }
        String user = env.getProperty("spring.datasource.username");
        String password = env.getProperty("spring.datasource.password");
        DriverManager.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            // reachable
        }
        catch (SQLException ex) {
            err.println("Laurel cannot start: PostgreSQL at " + url + " is unreachable (" + rootMessage(ex) + ").");
            exit.accept(2);
        }
    }

    private static String rootMessage(Throwable ex) {
        Throwable cause = ex;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
