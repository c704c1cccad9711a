package dev.laurel.e2e;

import static org.awaitility.Awaitility.await;

import dev.laurel.sandbox.SandboxApplication;
import dev.laurel.testsupport.TestDatabaseInitializer;
import dev.laurel.sandbox.course.Courses;
import dev.laurel.tool.LaurelToolApplication;
import dev.laurel.tool.coursesync.CourseKey;
import dev.laurel.tool.coursesync.CourseSyncService;
import dev.laurel.tool.coursesync.CourseSyncState;
import dev.laurel.tool.coursesync.LaunchedCourseServices;
import dev.laurel.tool.launch.LtiContext;
import dev.laurel.tool.launch.LtiContexts;
import dev.laurel.tool.registration.PlatformRegistration;
import dev.laurel.tool.registration.PlatformRegistrations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tool (http://localhost:&lt;port&gt;) and the sandbox LMS (http://127.0.0.1:&lt;port&gt;) side by side on
 * random ports, cross-site as in a real LMS iframe. The sandbox registers the tool by itself, as at a first
 * start: LTI Dynamic Registration over HTTP through the tool's {@code /lti/register}, the tool asking for the
 * scopes it needs.
 */
final class LiveLms implements AutoCloseable {

    final ConfigurableApplicationContext tool;
    final ConfigurableApplicationContext sandbox;
    final String toolUrl;
    final String sandboxUrl;
    final PlatformRegistration registration;

    private LiveLms(ConfigurableApplicationContext tool, ConfigurableApplicationContext sandbox, String toolUrl,
            String sandboxUrl, PlatformRegistration registration) {
        this.tool = tool;
        this.sandbox = sandbox;
        this.toolUrl = toolUrl;
        this.sandboxUrl = sandboxUrl;
        this.registration = registration;
    }

    /** Starts both; {@code toolArguments} are extra command-line arguments of the tool. */
    static LiveLms start(String... toolArguments) {
        return start(false, toolArguments);
    }

    /**
     * Starts both with the tool told where its built-in sandbox is ({@code laurel.sandbox.*}), as the launcher
     * does: the sandbox course then gets its ready demo badges after its first sync.
     */
    static LiveLms startAsBuiltInSandbox(String... toolArguments) {
        return start(true, toolArguments);
    }

    private static LiveLms start(boolean builtIn, String... toolArguments) {
        int toolPort = freePort();
        int sandboxPort = builtIn ? freePort() : 0;
        String toolUrl = "http://localhost:" + toolPort;
        // only the built-in sandbox's address matters; otherwise the sandbox is off and its URL unused
        String sandboxSettings = "--laurel.sandbox.url=http://127.0.0.1:" + (builtIn ? sandboxPort : 8081);
        ConfigurableApplicationContext tool = new SpringApplicationBuilder(LaurelToolApplication.class)
                .initializers(new TestDatabaseInitializer())
                .run(java.util.stream.Stream.concat(java.util.stream.Stream.of("--server.port=" + toolPort,
                        "--laurel.public-url=" + toolUrl, "--laurel.sandbox.enabled=" + builtIn, sandboxSettings),
                        java.util.Arrays.stream(toolArguments)).toArray(String[]::new));
        ConfigurableApplicationContext sandbox = new SpringApplicationBuilder(SandboxApplication.class)
                .properties("spring.config.name=" + SandboxApplication.CONFIG_NAME)
                .run("--server.port=" + sandboxPort, "--server.address=127.0.0.1",
                        "--spring.datasource.url=jdbc:h2:mem:sandbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "--sandbox.public-url=", "--sandbox.auto-register=true", "--sandbox.tool-url=" + toolUrl);
        String sandboxUrl = "http://127.0.0.1:" + sandbox.getEnvironment().getProperty("local.server.port");
        String issuer = JsonMapper.builder().build()
                .readTree(new LmsSession().get(sandboxUrl + "/.well-known/openid-configuration").body())
                .get("issuer").asString();
        PlatformRegistrations registrations = tool.getBean(PlatformRegistrations.class);
        PlatformRegistration registration = await("the sandbox's Dynamic Registration of the tool")
                .atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200))
                .until(() -> registrations.findByIssuer(issuer), found -> found.size() == 1).get(0);
        return new LiveLms(tool, sandbox, toolUrl, sandboxUrl, registration);
    }

    /** Laurel's record of the sandbox's demo course DAF101 (it exists once someone launched in it). */
    LtiContext demoCourse() {
        String deploymentId = tool.getBean(PlatformRegistrations.class).deployments(registration.id()).get(0).deploymentId();
        String contextId = sandbox.getBean(Courses.class).findByLabel("DAF101").orElseThrow().contextId();
        return tool.getBean(LtiContexts.class).find(registration.id(), deploymentId, contextId).orElseThrow();
    }

    /** Syncs a launched course (the job, as "Sync now" schedules it) and waits until this sync has completed. */
    void syncAndAwait(LtiContext course) {
        CourseKey key = new CourseKey(course.registrationId(), course.deploymentId(), course.contextId());
        CourseSyncService syncs = tool.getBean(CourseSyncService.class);
        var before = syncs.progress(key).map(progress -> progress.finishedAt()).orElse(null);
        syncs.requestSync(key, tool.getBean(LaunchedCourseServices.class).forCourse(course.id()).services());
        await("a sync of " + course.title()).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
            .until(() -> syncs.progress(key).orElse(null), progress -> progress != null
                    && progress.state() == CourseSyncState.COMPLETED && progress.finishedAt() != null
                    && !progress.finishedAt().equals(before));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void close() {
        sandbox.close();
        tool.close();
    }
}
