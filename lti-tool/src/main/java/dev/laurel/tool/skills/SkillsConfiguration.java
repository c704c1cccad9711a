package dev.laurel.tool.skills;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The skills search, built in the background from the shipped ESCO and O*NET files, and the gap analysis. */
@Configuration(proxyBeanMethods = false)
class SkillsConfiguration {

    /** Built in the background at start-up, or on first use with {@code laurel.skills.index-at-startup=false}. */
    @Bean(destroyMethod = "close")
    SkillSearch skillSearch(@Value("${laurel.skills.index-at-startup:true}") boolean indexAtStartup) {
        return indexAtStartup ? SkillSearch.startBuilding(SkillCatalog::load) : SkillSearch.buildOnFirstUse(SkillCatalog::load);
    }

    @Bean
    SkillGaps skillGaps(SkillSearch skillSearch) {
        return new SkillGaps(skillSearch);
    }
}
