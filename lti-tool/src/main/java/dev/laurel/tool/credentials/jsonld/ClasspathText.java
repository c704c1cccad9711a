package dev.laurel.tool.credentials.jsonld;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;

/** Reads a bundled text resource. */
public final class ClasspathText {

    private ClasspathText() {
    }

    /** The resource's text in UTF-8; fails if it is not bundled. */
    public static String read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Bundled resource missing: " + path, ex);
        }
    }
}
