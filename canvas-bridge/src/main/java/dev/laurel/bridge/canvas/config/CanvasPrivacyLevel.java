package dev.laurel.bridge.canvas.config;

import com.fasterxml.jackson.annotation.JsonValue;

/** How much user information Canvas sends in launches ({@code privacy_level}); {@code sub} is always sent. */
public enum CanvasPrivacyLevel {
    ANONYMOUS("anonymous"), NAME_ONLY("name_only"), EMAIL_ONLY("email_only"), PUBLIC("public");

    private final String value;

    CanvasPrivacyLevel(String value) {
        this.value = value;
    }

    /** The value as Canvas spells it. */
    @JsonValue
    public String value() {
        return value;
    }
}
