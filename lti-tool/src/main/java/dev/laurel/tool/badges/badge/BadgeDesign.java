package dev.laurel.tool.badges.badge;

/**
 * How the badge looks: an uploaded image ({@code imageMediaType} {@code image/png} or {@code image/svg+xml}), else
 * the generated design from {@code color} (hex {@code #rrggbb}) and {@code icon}.
 */
public record BadgeDesign(String color, String icon, String imageMediaType) {

    public static final String DEFAULT_COLOR = "#2f6f4f";
    public static final String DEFAULT_ICON = "laurel";

    public BadgeDesign {
        color = color == null || !color.matches("#[0-9a-fA-F]{6}") ? DEFAULT_COLOR : color;
        icon = icon == null || icon.isBlank() ? DEFAULT_ICON : icon;
    }

    public boolean hasUploadedImage() {
        return imageMediaType != null;
    }
}
