package dev.laurel.tool.skills;

import java.time.Duration;

/**
 * What building the skills index took.
 *
 * @param indexed documents in the index
 * @param esco ESCO skills and knowledge concepts loaded
 * @param onet O*NET Skills and Knowledge descriptors loaded
 * @param loading time to read the shipped files
 * @param indexing time to build the Lucene index
 */
public record SkillIndexStatistics(int indexed, long esco, long onet, Duration loading, Duration indexing) {

    /** Loading plus indexing. */
    public Duration total() {
        return loading.plus(indexing);
    }
}
