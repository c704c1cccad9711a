package dev.laurel.tool.skills.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.laurel.tool.skills.SkillCatalog;
import dev.laurel.tool.skills.SkillSearch;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** While the index is still being built, the API answers 503 with a code instead of blocking or failing. */
@WebMvcTest(SkillsController.class)
@Import({SkillsSecurityConfiguration.class, SkillsIndexBuildingTests.StillBuilding.class})
class SkillsIndexBuildingTests {

    @Autowired
    MockMvc mvc;

    @Test
    void searchAnswersServiceUnavailableWhileTheIndexIsBuilt() throws Exception {
        mvc.perform(get("/skills/search").param("q", "python"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.error").value("skills_index_not_ready"));
    }

    @Test
    void suggestAnswersServiceUnavailableWhileTheIndexIsBuilt() throws Exception {
        mvc.perform(post("/skills/suggest").contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"statistics\"}"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.error").value("skills_index_not_ready"));
    }

    @Test
    void statusSaysNotReady() throws Exception {
        mvc.perform(get("/skills/status"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ready").value(false));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class StillBuilding {

        /** A real search whose catalogue never arrives during the test. */
        @Bean(destroyMethod = "close")
        SkillSearch skillSearch() {
            CompletableFuture<SkillCatalog> never = new CompletableFuture<>();
            return SkillSearch.startBuilding(never::join);
        }
    }
}
