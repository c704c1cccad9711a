package dev.laurel.testsupport;

import dev.laurel.sandbox.SandboxApplication;
import dev.laurel.sandbox.registration.RegistrationTokens;
import dev.laurel.tool.LaurelToolApplication;
import dev.laurel.tool.registration.NewRegistration;
import dev.laurel.tool.registration.PlatformRegistration;
import dev.laurel.tool.registration.PlatformRegistrations;
import dev.laurel.tool.registration.RegistrationSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tool (http://localhost:&lt;port&gt;) and the sandbox LMS (http://127.0.0.1:&lt;port&gt;) running side by
 * side on random ports, cross-site as a real LMS iframe is, with the tool registered in the sandbox by LTI
 * Dynamic Registration (the sandbox side over HTTP) and the sandbox stored as a platform in the tool.
 */
public final class LiveSandbox implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public final ConfigurableApplicationContext tool;
    public final ConfigurableApplicationContext sandbox;
    public final String toolUrl;
    public final String sandboxUrl;
    public final PlatformRegistration registration;

    private LiveSandbox(ConfigurableApplicationContext tool, ConfigurableApplicationContext sandbox, String toolUrl,
            String sandboxUrl, PlatformRegistration registration) {
        this.tool = tool;
        this.sandbox = sandbox;
        this.toolUrl = toolUrl;
        this.sandboxUrl = sandboxUrl;
        this.registration = registration;
    }

    public static LiveSandbox start(Class<?>... extraToolSources) {
        int toolPort = freePort();
        String toolUrl = "http://localhost:" + toolPort;
        Class<?>[] sources = new Class<?>[extraToolSources.length + 1];
        sources[0] = LaurelToolApplication.class;
        System.arraycopy(extraToolSources, 0, sources, 1, extraToolSources.length);
        ConfigurableApplicationContext tool = new SpringApplicationBuilder(sources)
                .initializers(new TestDatabaseInitializer())
                .run("--server.port=" + toolPort, "--laurel.public-url=" + toolUrl, "--laurel.sandbox.enabled=false");
        // command-line arguments: they win over sandbox.yml / application.yml (no fixed ports, no files)
        ConfigurableApplicationContext sandbox = new SpringApplicationBuilder(SandboxApplication.class)
                .properties("spring.config.name=" + SandboxApplication.CONFIG_NAME)
                .run("--server.port=0", "--server.address=127.0.0.1",
                        "--spring.datasource.url=jdbc:h2:mem:sandbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "--sandbox.public-url=", "--sandbox.auto-register=false", "--sandbox.tool-url=" + toolUrl);
        String sandboxUrl = "http://127.0.0.1:" + sandbox.getEnvironment().getProperty("local.server.port");
        PlatformRegistration registration = register(tool, sandbox, toolUrl, sandboxUrl);
        return new LiveSandbox(tool, sandbox, toolUrl, sandboxUrl, registration);
    }

    /** LTI Dynamic Registration of the tool in the sandbox, then the sandbox as a platform in the tool. */
    private static PlatformRegistration register(ConfigurableApplicationContext tool,
            ConfigurableApplicationContext sandbox, String toolUrl, String sandboxUrl) {
        JsonNode openId = JSON.readTree(get(sandboxUrl + "/.well-known/openid-configuration"));
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put("domain", URI.create(toolUrl).getAuthority());
        configuration.put("target_link_uri", toolUrl + "/course");
        configuration.put("description", "Micro-credentials");
        configuration.put("claims", List.of("iss", "sub", "name", "given_name", "family_name", "email"));
        configuration.put("messages", List.of(Map.of("type", "LtiResourceLinkRequest"),
                Map.of("type", "LtiDeepLinkingRequest", "target_link_uri", toolUrl + "/deep-linking")));
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("application_type", "web");
        request.put("response_types", List.of("id_token"));
        request.put("grant_types", List.of("implicit", "client_credentials"));
        request.put("initiate_login_uri", toolUrl + "/lti/login");
        request.put("redirect_uris", List.of(toolUrl + "/lti/launch"));
        request.put("client_name", "Laurel");
        request.put("jwks_uri", toolUrl + "/.well-known/jwks.json");
        request.put("token_endpoint_auth_method", "private_key_jwt");
        request.put("scope", "https://purl.imsglobal.org/spec/lti-ags/scope/score");
        request.put("https://purl.imsglobal.org/spec/lti-tool-configuration", configuration);
        String token = sandbox.getBean(RegistrationTokens.class).issue();
        JsonNode answer = JSON.readTree(post(openId.get("registration_endpoint").asString(), JSON.writeValueAsString(request),
                token));
        String clientId = answer.get("client_id").asString();
        String deploymentId = answer.get("https://purl.imsglobal.org/spec/lti-tool-configuration").get("deployment_id")
                .asString();
        return tool.getBean(PlatformRegistrations.class).register(new NewRegistration(openId.get("issuer").asString(),
                clientId, URI.create(openId.get("authorization_endpoint").asString()),
                URI.create(openId.get("token_endpoint").asString()), URI.create(openId.get("jwks_uri").asString()),
                null, "Laurel sandbox", RegistrationSource.DYNAMIC, false, List.of(deploymentId)));
    }

    private static String get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    private static String post(String url, String json, String bearer) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + bearer).POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static String send(HttpRequest request) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    @Override
    public void close() {
        sandbox.close();
        tool.close();
    }
}
