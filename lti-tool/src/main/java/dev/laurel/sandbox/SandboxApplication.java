package dev.laurel.sandbox;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;

/**
 * The built-in sandbox LMS: an LTI 1.3 platform with a demo course, run as its own Spring application on
 * its own origin and database, configured by {@code sandbox.yml}. It reaches the tool only over HTTP.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan
@ConfigurationPropertiesScan
public class SandboxApplication {

    /** The configuration file name the sandbox reads instead of {@code application.yml}. */
    public static final String CONFIG_NAME = "sandbox";

    /**
     * Starts the sandbox.
     *
     * @param toolUrl the tool's public URL, where the sandbox finds its registration endpoint
     * @param args command-line arguments
     */
    public static ConfigurableApplicationContext start(String toolUrl, String... args) {
        return new SpringApplicationBuilder(SandboxApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME, "sandbox.tool-url=" + toolUrl)
                .run(args);
    }
}
