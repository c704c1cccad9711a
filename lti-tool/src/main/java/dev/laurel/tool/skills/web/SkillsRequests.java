package dev.laurel.tool.skills.web;

import dev.laurel.tool.skills.Framework;
import dev.laurel.tool.skills.SkillSearch;

/** Checks of the parameters the skills endpoints accept; each refusal carries its error code. */
final class SkillsRequests {

    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_TEXT_LENGTH = 4000;
    static final int DEFAULT_LIMIT = 10;

    private SkillsRequests() {
    }

    static String query(String q) {
        if (q == null || q.isBlank()) {
            throw new SkillsRequestException("query_missing", "Type a few letters of a skill to search for (q).");
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new SkillsRequestException("query_too_long",
                    "The search text is " + q.length() + " characters long; at most " + MAX_QUERY_LENGTH + " are allowed.");
        }
        return q;
    }

    static String criterionText(String text) {
        if (text == null || text.isBlank()) {
            throw new SkillsRequestException("text_missing",
                    "Send the criterion's name and description as \"text\" to get suggestions.");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new SkillsRequestException("text_too_long",
                    "The criterion text is " + text.length() + " characters long; at most " + MAX_TEXT_LENGTH + " are allowed.");
        }
        return text;
    }

    static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= SkillSearch.MAX_LIMIT) {
                return value;
            }
        }
        catch (NumberFormatException ex) {
            // reported below with the accepted range
        }
        throw new SkillsRequestException("limit_out_of_range",
                "limit must be a whole number from 1 to " + SkillSearch.MAX_LIMIT + ".");
    }

    static Framework framework(String framework) {
        if (framework == null || framework.isBlank()) {
            return null;
        }
        return Framework.fromParameter(framework).orElseThrow(() -> new SkillsRequestException("framework_unknown",
                "framework must be ESCO or O*NET (or left out for both)."));
    }
}
