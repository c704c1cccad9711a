package dev.laurel.tool.skills.web;

/**
 * The JSON body of a refused skills request.
 *
 * @param error the error code, e.g. {@code query_too_long}
 * @param message what was wrong, readable by a person
 */
record SkillsError(String error, String message) {
}
