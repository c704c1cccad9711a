package dev.laurel.tool.skills;

import java.time.Duration;

/** One skills index for the unit tests of this package, built once per test run (it takes seconds). */
final class SharedSkillSearch {

    private SharedSkillSearch() {
    }

    /** The built search. */
    static SkillSearch search() {
        return Holder.SEARCH;
    }

    /** Its catalogue. */
    static SkillCatalog catalog() {
        return Holder.SEARCH.catalog();
    }

    private static final class Holder {

        static final SkillSearch SEARCH = build();

        private static SkillSearch build() {
            SkillSearch search = SkillSearch.startBuilding(SkillCatalog::load);
            if (!search.awaitReady(Duration.ofMinutes(3))) {
                throw new IllegalStateException("the skills index was not built");
            }
            return search;
        }
    }
}
