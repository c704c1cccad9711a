package dev.laurel.tool.credentials.proof;

import dev.laurel.tool.LaurelProperties;
import dev.laurel.tool.credentials.jsonld.BundledDocumentLoader;
import dev.laurel.tool.credentials.jsonld.RdfCanonicalizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The proof formats as beans, with the JSON-LD loader that serves this deployment's bundled contexts. */
@Configuration(proxyBeanMethods = false)
class ProofConfiguration {

    @Bean
    BundledDocumentLoader bundledDocumentLoader(LaurelProperties laurel) {
        return BundledDocumentLoader.forDeployment(laurel.baseUrl());
    }

    @Bean
    EddsaRdfc2022Proof eddsaRdfc2022Proof(BundledDocumentLoader loader, JsonMapper mapper) {
        return new EddsaRdfc2022Proof(new RdfCanonicalizer(loader), mapper);
    }

    @Bean
    VcJwtProof vcJwtProof(JsonMapper mapper) {
        return new VcJwtProof(mapper);
    }
}
