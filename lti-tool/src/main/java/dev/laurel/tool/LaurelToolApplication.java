package dev.laurel.tool;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Laurel LTI tool's Spring Boot application: every tool feature lives below this package. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LaurelToolApplication {
}
