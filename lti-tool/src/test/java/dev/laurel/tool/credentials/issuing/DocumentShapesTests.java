package dev.laurel.tool.credentials.issuing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DocumentShapesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String CREDENTIAL = """
            {"id":"https://laurel.example/credentials/%s","type":["VerifiableCredential","OpenBadgeCredential"],
             "credentialSubject":{"type":["AchievementSubject"],"identifier":[{"type":"IdentityObject","identityHash":"sha256$%s",
               "identityType":"emailAddress","hashed":true,"salt":"%s"}],
               "result":[{"type":["Result"],"achievedLevel":"https://laurel.example/achievements/b#criterion-c0-level-%s"}]},
             "credentialStatus":{"id":"https://laurel.example/status/default/revocation/1#%s","statusListIndex":"%s"}}""";

    @Test
    void documentsDifferingOnlyInGeneratedIdsHashesSaltsAndIndexesShareAShape() {
        assertThat(DocumentShapes.of(doc("0b7a", "aa11", "s1", "proficient", "17")))
            .isEqualTo(DocumentShapes.of(doc("9f3c", "bb22", "s2", "proficient", "90210")));
    }

    @Test
    void aDifferentLevelOrAnyOtherValueMakesAnotherShape() {
        String shape = DocumentShapes.of(doc("0b7a", "aa11", "s1", "proficient", "17"));
        assertThat(DocumentShapes.of(doc("0b7a", "aa11", "s1", "exemplary", "17"))).isNotEqualTo(shape);
        JsonNode renamed = doc("0b7a", "aa11", "s1", "proficient", "17");
        ((tools.jackson.databind.node.ObjectNode) renamed.get("credentialSubject").get("identifier").get(0)).put("identityType", "name");
        assertThat(DocumentShapes.of(renamed)).isNotEqualTo(shape);
    }

    @Test
    void statusEntriesInAnArrayAreMaskedLikeASingleOne() {
        String template = """
                {"id":"urn:uuid:%s","credentialStatus":[{"id":"https://laurel.example/status/r#%s","statusListIndex":"%s",
                 "statusPurpose":"revocation"}]}""";
        assertThat(DocumentShapes.of(JSON.readTree(template.formatted("a1", "5", "5"))))
            .isEqualTo(DocumentShapes.of(JSON.readTree(template.formatted("b2", "77", "77"))));
        assertThat(DocumentShapes.of(JSON.readTree(template.formatted("a1", "5", "5").replace("revocation", "suspension"))))
            .isNotEqualTo(DocumentShapes.of(JSON.readTree(template.formatted("a1", "5", "5"))));
    }

    @Test
    void anIdOutsideTheMaskedPathsCountsForTheShape() {
        String template = """
                {"id":"urn:uuid:1","evidence":[{"id":"%s","type":["Evidence"]}],"credentialSubject":{"id":"x","result":[{"id":"%s"}]}}""";
        String shape = DocumentShapes.of(JSON.readTree(template.formatted("https://a.example/1", "r1")));
        assertThat(DocumentShapes.of(JSON.readTree(template.formatted("https://a.example/2", "r1")))).isNotEqualTo(shape);
        assertThat(DocumentShapes.of(JSON.readTree(template.formatted("https://a.example/1", "r2")))).isNotEqualTo(shape);
    }

    private static JsonNode doc(String uuid, String hash, String salt, String level, String index) {
        return JSON.readTree(CREDENTIAL.formatted(uuid, hash, salt, level, index, index));
    }
}
