package dev.laurel.tool.credentials.proof;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.tool.credentials.jsonld.ClasspathText;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class JakartaJsonTests {

    private final JsonMapper mapper = JsonMapper.shared();
    private final JakartaJson jakarta = new JakartaJson(mapper);

    @Test
    void givesTheValueThatParsingTheCredentialsJsonTextGives() {
        ObjectNode credential = (ObjectNode) mapper.readTree(ClasspathText.read("credentials/samples/laurel-credential-unsigned.json"));

        assertParsedAlike(credential);
    }

    @Test
    void givesNumbersAsParsedFromTheirJsonText() {
        ObjectNode numbers = mapper.createObjectNode();
        numbers.put("int", 25).put("long", 1L << 40).put("double", 25.0).put("fraction", 0.1).put("large", 1e21).put("small", 2e-7)
            .put("negativeZero", -0.0).put("float", 1.5f).put("decimal", new BigDecimal("25.000")).put("big", new BigInteger("123456789012345678901234567890"));
        numbers.putArray("mixed").add(1).add("1").add(true).addNull().addObject().put("nested", 3.25);
        numbers.put("text", "quote \" backslash \\ newline \n tab \t unicode é 😀 control \u0001");

        assertParsedAlike(numbers);
    }

    private void assertParsedAlike(ObjectNode node) {
        JsonObject parsed = JakartaJson.parse(mapper.writeValueAsString(node));
        JsonObject converted = jakarta.object(node);

        assertThat(converted).isEqualTo(parsed);
        assertThat(converted.toString()).isEqualTo(parsed.toString());
    }
}
