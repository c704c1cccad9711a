package dev.laurel.tool.skills.web;

import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.laurel.tool.launch.LtiSession;
import dev.laurel.tool.launch.LtiSessionTokens;
import dev.laurel.tool.launch.LtiSessions;
import dev.laurel.tool.launch.LtiUser;
import dev.laurel.tool.launch.web.LtiSessionSecurityContextRepository;
import dev.laurel.tool.lti.LaurelRole;
import dev.laurel.tool.skills.SkillCatalog;
import dev.laurel.tool.skills.SkillSearch;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** While the index is still being built, the API answers 503 with a code instead of blocking or failing. */
@WebMvcTest(SkillsController.class)
@Import({SkillsSecurityConfiguration.class, LtiSessionSecurityContextRepository.class,
        SkillsIndexBuildingTests.StillBuilding.class})
class SkillsIndexBuildingTests {

    private static final Cookie SESSION = new Cookie("LAUREL_LTI_SESSION", "instructor-session");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    LtiSessions sessions;

    @MockitoBean
    LtiSessionTokens tokens;

    @BeforeEach
    void instructorSession() {
        LtiUser instructor = new LtiUser(7, "deployment-1", "course-1", "Course", "teacher", null, null,
                Set.of(LaurelRole.INSTRUCTOR), null);
        Instant now = Instant.now();
        given(sessions.findActive(eq(SESSION.getValue()), anyBoolean())).willReturn(Optional.of(new LtiSession("hash",
                instructor, "LtiResourceLinkRequest", false, null, now, now, now.plusSeconds(3600))));
    }

    @Test
    void searchAnswersServiceUnavailableWhileTheIndexIsBuilt() throws Exception {
        mvc.perform(get("/skills/search").param("q", "python").cookie(SESSION))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.error").value("skills_index_not_ready"));
    }

    @Test
    void suggestAnswersServiceUnavailableWhileTheIndexIsBuilt() throws Exception {
        mvc.perform(post("/skills/suggest").cookie(SESSION).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"statistics\"}"))
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
