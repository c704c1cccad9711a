package dev.laurel.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.session.SessionRepository;

/** The sandbox keeps no sessions in its database, whose schema has no session tables. */
@SandboxTest
class SandboxSessionStoreTests {

    @Autowired
    ApplicationContext sandbox;

    @Test
    void hasNoDatabaseSessionRepositoryWhoseCleanupWouldFailOnAMissingTable() {
        assertThat(sandbox.getBeansOfType(SessionRepository.class)).isEmpty();
    }
}
