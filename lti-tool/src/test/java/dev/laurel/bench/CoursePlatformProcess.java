package dev.laurel.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@link CoursePlatformServer} in a child JVM (the WireMock standalone jar and the test classes on its
 * class path), and reads its request count and CPU time. With {@code -Dlaurel.bench.jfr=FILE.jfr} the platform
 * JVM records its whole run to {@code FILE-platform.jfr}.
 */
final class CoursePlatformProcess implements AutoCloseable {

    private final Process process;

    private final String baseUrl;

    private final HttpClient admin = HttpClient.newHttpClient();

    private CoursePlatformProcess(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    static CoursePlatformProcess start(int learners, int lineItems, int pageSize, int delayMs) throws IOException {
        String classPath = codeSource(com.github.tomakehurst.wiremock.WireMockServer.class) + java.io.File.pathSeparator
                + codeSource(CoursePlatformServer.class);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m"));
        String profile = System.getProperty("laurel.bench.jfr");
        if (profile != null && !profile.isBlank()) {
            command.add("-XX:StartFlightRecording=settings=profile,filename=" + profile.replaceFirst("(\\.jfr)?$", "-platform.jfr"));
        }
        command.addAll(List.of("-cp", classPath, CoursePlatformServer.class.getName(), String.valueOf(learners),
                String.valueOf(lineItems), String.valueOf(pageSize), String.valueOf(delayMs)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null && !line.startsWith("PORT ")) {
            System.out.println("[platform] " + line);
        }
        if (line == null) {
            throw new IllegalStateException("the course platform process ended before listening");
        }
        Thread drain = new Thread(() -> output.lines().forEach(each -> System.out.println("[platform] " + each)), "platform-output");
        drain.setDaemon(true);
        drain.start();
        return new CoursePlatformProcess(process, "http://127.0.0.1:" + line.substring("PORT ".length()).trim());
    }

    String baseUrl() {
        return baseUrl;
    }

    /** Requests the platform answered since the last {@link #resetRequests()}. */
    int requests() {
        return Integer.parseInt(send("GET").strip());
    }

    void resetRequests() {
        send("DELETE");
    }

    /** CPU time the platform process has used so far. */
    Duration cpu() {
        return process.info().totalCpuDuration().orElseThrow(() -> new IllegalStateException("no CPU time for the platform process"));
    }

    private String send(String method) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/__admin" + CoursePlatformTransformer.REQUESTS))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build();
            HttpResponse<String> response = admin.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("platform admin answered " + response.statusCode());
            }
            return response.body();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.getOutputStream().close();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static String codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        }
        catch (URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
