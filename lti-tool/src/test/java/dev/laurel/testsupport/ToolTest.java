package dev.laurel.testsupport;

import dev.laurel.tool.LaurelToolApplication;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the whole tool on a random port, on the run's test database ({@link TestDatabase}), with the
 * sandbox off unless a test turns it on.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = LaurelToolApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "laurel.sandbox.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface ToolTest {
}
