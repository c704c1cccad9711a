package dev.laurel.tool.registration;

/** The LMS family a platform names in its {@code product_family_code}, where Laurel adapts to it. */
public enum PlatformFamily {
    MOODLE, CANVAS, OTHER;

    static PlatformFamily of(String productFamilyCode) {
        if (productFamilyCode == null) {
            return OTHER;
        }
        return switch (productFamilyCode.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "moodle" -> MOODLE;
            case "canvas" -> CANVAS;
            default -> OTHER;
        };
    }
}
