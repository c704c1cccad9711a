package dev.laurel.tool.skills;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The skills search, built in the background from the shipped ESCO and O*NET files, and the gap analysis. */
@Configuration(proxyBeanMethods = false)
class SkillsConfiguration {

    @Bean(destroyMethod = "close")
    SkillSearch skillSearch() {
        return SkillSearch.startBuilding(SkillCatalog::load);
    }

    @Bean
    SkillGaps skillGaps(SkillSearch skillSearch) {
        return new SkillGaps(skillSearch);
    }
}
