package dev.laurel.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * A test of the whole sandbox LMS on a random port, on its own in-memory H2 database, with its public URL
 * (issuer) following the bound port on 127.0.0.1 and no automatic tool registration.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = SandboxApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=" + SandboxApplication.CONFIG_NAME,
        "spring.datasource.url=jdbc:h2:mem:sandbox-${random.uuid};DB_CLOSE_DELAY=-1",
        "sandbox.public-url=",
        "sandbox.auto-register=false"})
public @interface SandboxTest {
}
