package dev.laurel.tool.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import dev.laurel.testsupport.ToolTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ToolTest
class JwksEndpointTests {

    @LocalServerPort
    int port;

    @Autowired
    ToolKeys keys;

    @Test
    void servesOnlyPublicKeysWithAShortCacheLifetime() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/.well-known/jwks.json")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("Cache-Control")).contains("max-age=300, public");
        JWKSet published = JWKSet.parse(response.body());
        assertThat(published.getKeyByKeyId(keys.currentSigningKey().getKeyID())).isNotNull();
        assertThat(published.getKeys()).allSatisfy(key -> {
            assertThat(key.isPrivate()).isFalse();
            assertThat(key.getAlgorithm().getName()).isEqualTo("RS256");
        });
        assertThat(response.body()).doesNotContain("\"d\"").doesNotContain("\"p\"");
    }
}
