package dev.laurel.tool.skills.web;

/** A request to the skills endpoints that cannot be answered as sent; {@code code} names the reason. */
final class SkillsRequestException extends RuntimeException {

    private final String code;

    SkillsRequestException(String code, String message) {
        super(message);
        this.code = code;
    }

    String code() {
        return code;
    }
}
