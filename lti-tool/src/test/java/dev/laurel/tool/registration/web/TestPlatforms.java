package dev.laurel.tool.registration.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** JSON fixtures shaped like Moodle's and Canvas's Dynamic Registration answers, with placeholders filled in. */
final class TestPlatforms {

    private TestPlatforms() {
    }

    static String fixture(String name, String base, String clientId) {
        try (InputStream in = TestPlatforms.class.getResourceAsStream("/fixtures/registration/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("{{base}}", base).replace("{{clientId}}", clientId == null ? "" : clientId);
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static String newClientId() {
        return "client-" + UUID.randomUUID();
    }

    /** A token shaped like the platforms' (a JWT), unique per test. */
    static String newRegistrationToken() {
        return "eyJhbGciOiJIUzI1NiJ9.eyJ1dWlkIjoi" + UUID.randomUUID().toString().replace("-", "") + "In0.c2lnbmF0dXJl";
    }
}
