package dev.laurel.tool.launch;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a launch costs at least on the machine the launch benchmark runs on, each measured single-threaded after a
 * warm-up, with the building blocks the launch is made of and nothing of Laurel's own:
 * <ul>
 * <li>{@code launch_floor_request_cpu_us}: one POST of a launch-sized form (id_token, state) with the login cookie
 * through Tomcat, the tool's servlet filters and the login chain of Spring Security, as a launch goes, to a filter
 * that reads the form and the cookie and answers 204 (measured as the launch requests are, by
 * {@link LaunchCpuMeter}); a launch makes two requests;</li>
 * <li>{@code launch_floor_jwt_decode_cpu_us}: {@code NimbusJwtDecoder} decoding an id_token-sized RS256 JWT with a
 * 2048-bit key and no validator nor claim conversion (parse, signature, Spring's {@code Jwt});</li>
 * <li>{@code launch_floor_rs256_verify_cpu_us}: its signature check alone ({@code RSASSAVerifier});</li>
 * <li>{@code launch_floor_db_round_trip_cpu_us}: one {@code SELECT 1} through the tool's connection pool (the
 * launch's nonce write is one bigger statement);</li>
 * <li>{@code launch_floor_cpu_us}: their sum for one launch, two requests, one decode, one round trip: the least
 * {@code launch_validation_cpu_us} can be here, before any of Laurel's own work (state, nonce, claims, session).</li>
 * </ul>
 */
final class LaunchCostFloors {

    /** The floor request's path, answered only in the benchmark's tool context. */
    static final String REQUEST_PATH = "/lti/launch/floor-probe";
    private static final int WARMUP = 3_000;
    private static final int MEASURED = 3_000;

    private LaunchCostFloors() {
    }

    /**
     * The floor request's answer, a servlet filter behind Spring Security's: the request passes every filter a launch
     * passes (the login chain's own included, which let it through), then this one answers.
     */
    static FilterRegistrationBean<OncePerRequestFilter> answer() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new FormReadingAnswer());
        registration.addUrlPatterns(REQUEST_PATH);
        registration.setOrder(0);
        return registration;
    }

    /** Reads what a launch filter reads, answers 204. */
    private static final class FormReadingAnswer extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException {
            boolean complete = request.getParameter("id_token") != null && request.getParameter("state") != null
                    && request.getCookies() != null;
            response.setStatus(complete ? 204 : 400);
        }
    }

    /** The floors and their sum; the request floor through {@code toolUrl}, metered by {@code meter}. */
    static Map<String, Number> measure(String toolUrl, LaunchCpuMeter meter, JdbcTemplate jdbc) throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("floor").generate();
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("floor").build(),
                idTokenSizedClaims());
        token.sign(new RSASSASigner(key));
        String idToken = token.serialize();
        Map<String, Number> floors = new LinkedHashMap<>();
        floors.put("launch_floor_request_cpu_us", requestFloor(toolUrl, idToken, meter));
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
        decoder.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        decoder.setClaimSetConverter(claims -> claims);
        floors.put("launch_floor_jwt_decode_cpu_us", cpuMicrosEach(() -> decoder.decode(idToken) != null));
        RSASSAVerifier verifier = new RSASSAVerifier(key.toRSAPublicKey());
        floors.put("launch_floor_rs256_verify_cpu_us", cpuMicrosEach(() -> verifies(verifier, token)));
        floors.put("launch_floor_db_round_trip_cpu_us",
                cpuMicrosEach(() -> Integer.valueOf(1).equals(jdbc.queryForObject("SELECT 1", Integer.class))));
        floors.put("launch_floor_cpu_us", round(2 * floors.get("launch_floor_request_cpu_us").doubleValue()
                + floors.get("launch_floor_jwt_decode_cpu_us").doubleValue()
                + floors.get("launch_floor_db_round_trip_cpu_us").doubleValue()));
        return floors;
    }

    private static double requestFloor(String toolUrl, String idToken, LaunchCpuMeter meter) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(toolUrl + REQUEST_PATH))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", "lti_login=" + "c".repeat(43))
            .POST(HttpRequest.BodyPublishers.ofString("id_token=" + URLEncoder.encode(idToken, StandardCharsets.UTF_8)
                    + "&state=" + "s".repeat(400)))
            .build();
        BooleanSupplier post = () -> {
            try {
                return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 204;
            }
            catch (IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
        };
        run(post, WARMUP);
        meter.resetFloor();
        run(post, MEASURED);
        return round(meter.floorCpuMicrosEach());
    }

    private static boolean verifies(RSASSAVerifier verifier, SignedJWT token) {
        try {
            return verifier.verify(token.getHeader(), token.getSigningInput(), token.getSignature());
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static double cpuMicrosEach(BooleanSupplier operation) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        run(operation, WARMUP);
        long start = threads.getCurrentThreadCpuTime();
        run(operation, MEASURED);
        return round((threads.getCurrentThreadCpuTime() - start) / 1e3 / MEASURED);
    }

    private static void run(BooleanSupplier operation, int times) {
        for (int i = 0; i < times; i++) {
            if (!operation.getAsBoolean()) {
                throw new IllegalStateException("the floor operation failed");
            }
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** About the size of a sandbox launch's claims (roles, context, resource link, services, custom). */
    private static JWTClaimsSet idTokenSizedClaims() {
        return new JWTClaimsSet.Builder().issuer("https://lms.example.edu").subject("a".repeat(36))
                .audience("client-" + "b".repeat(20)).claim("nonce", "n".repeat(43))
                .claim("https://purl.imsglobal.org/spec/lti/claim/custom", Map.of("padding", "p".repeat(1_200)))
                .build();
    }
}
