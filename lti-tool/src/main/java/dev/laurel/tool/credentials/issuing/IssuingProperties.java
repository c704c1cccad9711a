package dev.laurel.tool.credentials.issuing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Batch issuing settings.
 *
 * @param parallelism threads that build, validate and sign a batch's credentials; 0 means one per available core
 */
@ConfigurationProperties("laurel.credentials.issuing")
public record IssuingProperties(@DefaultValue("0") int parallelism) {

    /** The number of signing threads. */
    public int threads() {
        return parallelism > 0 ? parallelism : Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
