package dev.laurel;

import dev.laurel.sandbox.SandboxApplication;
import dev.laurel.tool.LaurelToolApplication;
import dev.laurel.tool.ops.DatabaseReachabilityCheck;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts Laurel and, where it is enabled, the built-in sandbox LMS as a second application on its own
 * origin. The two contexts share no bean, class or table: they meet only over HTTP.
 */
public final class LaurelMain {

    private LaurelMain() {
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext tool = new SpringApplicationBuilder(LaurelToolApplication.class)
                .listeners(new DatabaseReachabilityCheck())
                .run(args);
        if (tool.getEnvironment().getProperty("laurel.sandbox.enabled", Boolean.class, false)) {
            SandboxApplication.start(tool.getEnvironment().getProperty("laurel.public-url"), args);
        }
    }
}
