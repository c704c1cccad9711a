package dev.laurel.tool.credentials.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstDegreeHashesTests {

    @Test
    void distinguishesBlankNodesWithDifferentQuads() {
        String nquads = """
                _:c14n0 <https://v.example/name> "Ada" .
                _:c14n1 <https://v.example/name> "Grace" .
                <https://a.example/1> <https://v.example/knows> _:c14n0 .
                """;

        assertThat(FirstDegreeHashes.distinguishAll(nquads)).isTrue();
    }

    @Test
    void reportsBlankNodesThatOnlyTheNDegreeTieBreakCanOrder() {
        String nquads = """
                _:c14n0 <https://v.example/name> "Ada" .
                _:c14n1 <https://v.example/name> "Ada" .
                <https://a.example/1> <https://v.example/knows> _:c14n0 .
                <https://a.example/1> <https://v.example/knows> _:c14n1 .
                """;

        assertThat(FirstDegreeHashes.distinguishAll(nquads)).isFalse();
    }
}
