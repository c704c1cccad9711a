package dev.laurel.tool.ags;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One learner's current result on a line item.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#result-service">AGS §3.3 result</a>
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgsResult(String id, String scoreOf, String userId, Double resultScore, Double resultMaximum,
        String comment) {
}
