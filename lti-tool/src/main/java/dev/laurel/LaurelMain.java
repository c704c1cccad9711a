package dev.laurel;

import dev.laurel.sandbox.SandboxApplication;
import dev.laurel.tool.LaurelToolApplication;
import dev.laurel.tool.ops.DatabaseReachabilityCheck;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Starts Laurel and, where it is enabled, the built-in sandbox LMS as a second application on its own
 * origin. The two contexts share no bean, class or table: they meet only over HTTP.
 */
public final class LaurelMain {

    private static final String SANDBOX_ARG_PREFIX = "--sandbox.";

    private LaurelMain() {
    }

    public static void main(String[] args) {
        start(args);
    }

    /** Starts the tool, then the sandbox when {@code laurel.sandbox.enabled}; returns both (sandbox may be null). */
    public static Started start(String... args) {
        ConfigurableApplicationContext tool = new SpringApplicationBuilder(LaurelToolApplication.class)
                .listeners(new DatabaseReachabilityCheck())
                .run(args);
        Environment env = tool.getEnvironment();
        if (!env.getProperty("laurel.sandbox.enabled", Boolean.class, false)) {
            return new Started(tool, null);
        }
        ConfigurableApplicationContext sandbox = SandboxApplication.start(env.getRequiredProperty("laurel.public-url"),
                sandboxArgs(URI.create(env.getRequiredProperty("laurel.sandbox.url")), args));
        return new Started(tool, sandbox);
    }

    /**
     * The sandbox listens where the tool's home page sends visitors ({@code laurel.sandbox.url}); of the
     * command line it takes only {@code --sandbox.*} settings, so a tool setting such as
     * {@code --server.port} never moves the sandbox.
     */
    static String[] sandboxArgs(URI sandboxUrl, String... args) {
        List<String> sandboxArgs = new ArrayList<>();
        sandboxArgs.add("--server.port=" + sandboxUrl.getPort());
        sandboxArgs.add("--server.address=" + sandboxUrl.getHost());
        Arrays.stream(args).filter(arg -> arg.startsWith(SANDBOX_ARG_PREFIX)).forEach(sandboxArgs::add);
        return sandboxArgs.toArray(String[]::new);
    }

    /** The running applications. */
    public record Started(ConfigurableApplicationContext tool, ConfigurableApplicationContext sandbox) {

        public void close() {
            if (sandbox != null) {
                sandbox.close();
            }
            tool.close();
        }
    }
}
