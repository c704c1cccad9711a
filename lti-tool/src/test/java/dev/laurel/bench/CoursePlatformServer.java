package dev.laurel.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;

/**
 * The benchmark's simulated platform, run in a JVM of its own so that its CPU and heap are not counted as
 * Laurel's: a WireMock server answering every request after a fixed delay with {@link CoursePlatformTransformer}.
 * Arguments: learners, line items, page size, delay in ms. Prints {@code PORT n} once listening and stops when
 * its standard input closes (the benchmark JVM ended or closed it).
 */
public final class CoursePlatformServer {

    private CoursePlatformServer() {
    }

    public static void main(String[] args) throws IOException {
        CoursePlatformTransformer platform = new CoursePlatformTransformer(Integer.parseInt(args[0]),
                Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        int delayMs = Integer.parseInt(args[3]);
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")
                .containerThreads(48).asynchronousResponseEnabled(true).asynchronousResponseThreads(8)
                .disableRequestJournal().stubRequestLoggingDisabled(true).gzipDisabled(true)
                .extensions(platform));
        server.start();
        server.stubFor(post(urlPathEqualTo(CoursePlatformTransformer.TOKEN))
                .willReturn(aResponse().withFixedDelay(delayMs).withTransformers(CoursePlatformTransformer.NAME)));
        server.stubFor(get(urlPathMatching(CoursePlatformTransformer.COURSE + "/.*"))
                .willReturn(aResponse().withFixedDelay(delayMs).withTransformers(CoursePlatformTransformer.NAME)));
        System.out.println("PORT " + server.port());
        System.out.flush();
        InputStream in = System.in;
        while (in.read() >= 0) {
            // runs until the benchmark closes our standard input
        }
        server.stop();
    }
}
