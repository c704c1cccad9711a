package dev.laurel.tool.credentials.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSObject;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.credentials.IssuedCredential;
import dev.laurel.tool.credentials.TestAchievements;
import dev.laurel.tool.credentials.issuing.CredentialIssuer;
import dev.laurel.tool.credentials.proof.ProofFormat;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public endpoints over HTTP: the verifier API and page, issuer discovery, credential and achievement documents. */
@ToolTest
class CredentialsEndpointsTests {

    @LocalServerPort
    int port;

    @Autowired
    CredentialIssuer issuer;

    @Autowired
    JsonMapper mapper;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void verifyApiAcceptsJsonAndCompactJwtBodies() throws Exception {
        IssuedCredential jwt = issue(ProofFormat.VC_JWT_RS256);
        IssuedCredential json = issue(ProofFormat.EDDSA_RDFC_2022);

        for (String contentType : new String[] {"text/plain", "application/vc+jwt"}) {
            HttpResponse<String> response = post("/verify", contentType, jwt.serialized());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(mapper.readTree(response.body()).path("verified").asBoolean()).isTrue();
        }
        HttpResponse<String> response = post("/verify", "application/json", json.serialized());
        JsonNode verdict = mapper.readTree(response.body());
        assertThat(verdict.path("verified").asBoolean()).isTrue();
        assertThat(verdict.path("checks").findValuesAsString("check")).contains("proof", "issuer_key", "schema", "validity");
    }

    @Test
    void verifyApiAnswersBadInputWithAVerdictNamingTheFailure() throws Exception {
        HttpResponse<String> malformed = post("/verify", "application/json", "{\"type\": ");
        assertThat(malformed.statusCode()).isEqualTo(200);
        assertThat(malformed.body()).contains("\"verified\":false").contains("malformed_json");

        HttpResponse<String> badJwt = post("/verify", "application/vc+jwt", "abc.def");
        assertThat(badJwt.body()).contains("malformed_jwt");

        HttpResponse<String> oversize = post("/verify", "application/json", "{\"a\":\"" + "x".repeat(600_000) + "\"}");
        assertThat(oversize.statusCode()).isEqualTo(413);
        assertThat(oversize.body()).contains("body_too_large");

        HttpResponse<String> xml = post("/verify", "application/xml", "<credential/>");
        assertThat(xml.statusCode()).isEqualTo(415);
        assertThat(xml.body()).contains("unsupported_media_type");
    }

    @Test
    void verifyPageVerifiesPastedCredentialsAndLocalCredentialUrls() throws Exception {
        IssuedCredential issued = issue(ProofFormat.VC_JWT_ES256);

        HttpResponse<String> page = get("/verify");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Verify a credential");

        HttpResponse<String> pasted = post("/verify", "application/x-www-form-urlencoded",
                "credential=" + URLEncoder.encode(issued.serialized(), StandardCharsets.UTF_8));
        assertThat(pasted.statusCode()).isEqualTo(200);
        assertThat(pasted.body()).contains("id=\"verdict-ok\"");

        HttpResponse<String> opened = get("/verify?url=" + URLEncoder.encode(issued.credentialId(), StandardCharsets.UTF_8));
        assertThat(opened.body()).contains("id=\"verdict-ok\"");

        HttpResponse<String> foreign = get("/verify?url=" + URLEncoder.encode("https://elsewhere.example/c/1", StandardCharsets.UTF_8));
        assertThat(foreign.statusCode()).isEqualTo(200);
        assertThat(foreign.body()).contains("credential_not_found");
    }

    @Test
    void issuerProfileIsResolvableAndListsItsKeysUnderAssertionMethod() throws Exception {
        IssuedCredential issued = issue(ProofFormat.VC_JWT_RS256);
        String kid = JWSObject.parse(issued.serialized()).getHeader().getKeyID();
        String issuerPath = URI.create(issued.issuerId()).getPath();

        JsonNode profile = mapper.readTree(get(issuerPath).body());
        assertThat(profile.path("id").asString()).isEqualTo(issued.issuerId());
        assertThat(profile.path("type").toString()).contains("Profile");
        assertThat(profile.path("name").asString()).isNotBlank();
        assertThat(profile.path("url").asString()).startsWith("http");
        String image = profile.path("image").path("id").asString();
        assertThat(get(URI.create(image).getPath()).body()).startsWith("<svg");
        assertThat(profile.path("address").path("addressCountry").asString()).isNotBlank();
        assertThat(profile.path("address").path("addressCountryCode").asString()).matches("[A-Z]{2}");
        assertThat(profile.path("assertionMethod").toString()).contains(kid);
        assertThat(profile.path("verificationMethod").findValuesAsString("controller")).containsOnly(issued.issuerId());

        JsonNode jwk = mapper.readTree(get(URI.create(kid).getPath()).body());
        assertThat(jwk.path("kty").asString()).isEqualTo("RSA");
        assertThat(jwk.path("kid").asString()).isEqualTo(kid);
        assertThat(jwk.has("d")).isFalse();

        assertThat(get(issuerPath + "/jwks.json").body()).contains(kid);
        JsonNode did = mapper.readTree(get("/.well-known/did.json").body());
        assertThat(did.path("id").asString()).startsWith("did:web:");
        assertThat(did.path("assertionMethod").size()).isPositive();
    }

    @Test
    void credentialAchievementAndExtensionContextAreServedAtTheirIds() throws Exception {
        IssuedCredential issued = issue(ProofFormat.EDDSA_RDFC_2022);
        JsonNode document = mapper.readTree(issued.serialized());
        String achievementId = document.path("credentialSubject").path("achievement").path("id").asString();

        HttpResponse<String> credential = get(URI.create(issued.credentialId()).getPath());
        assertThat(credential.statusCode()).isEqualTo(200);
        assertThat(credential.body()).isEqualTo(issued.serialized());

        JsonNode achievement = mapper.readTree(get(URI.create(achievementId).getPath()).body());
        assertThat(achievement.path("id").asString()).isEqualTo(achievementId);
        assertThat(achievement.path("resultDescription").path(0).path("rubricCriterionLevel").size()).isEqualTo(3);

        HttpResponse<String> context = get("/contexts/laurel-ext-v1.jsonld");
        assertThat(context.statusCode()).isEqualTo(200);
        assertThat(mapper.readTree(context.body()).path("@context").path("ext").asString()).endsWith("/contexts/laurel-ext-v1.jsonld#");
        assertThat(get("/credentials/not-a-uuid").statusCode()).isEqualTo(404);
    }

    private IssuedCredential issue(ProofFormat format) {
        return issuer.issue(TestAchievements.request(TestAchievements.uniqueKey(), "web").withProofFormat(format));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
    }
}
