package dev.laurel.tool.credentials.baking;

/** The built-in icons a generated badge can carry, drawn on a 24×24 grid. */
public enum BadgeIcon {
    STAR("M12 2l2.9 6.3 6.9.7-5.2 4.6 1.5 6.8L12 17l-6.1 3.4 1.5-6.8L2.2 9l6.9-.7z"),
    CHECK("M9 16.2l-4.2-4.2-1.4 1.4L9 19 21 7l-1.4-1.4z"),
    SHIELD("M12 2l8 3v6c0 5-3.4 9.4-8 11-4.6-1.6-8-6-8-11V5z"),
    BOOK("M3 5h7a2 2 0 0 1 2 1.5A2 2 0 0 1 14 5h7v14h-7a2 2 0 0 0-2 1.5A2 2 0 0 0 10 19H3z"),
    LIGHTBULB("M12 2a7 7 0 0 0-4 12.7V17h8v-2.3A7 7 0 0 0 12 2zM9 18.5h6V21H9z");

    private final String path;

    BadgeIcon(String path) {
        this.path = path;
    }

    /** The icon's SVG path data. */
    public String path() {
        return path;
    }
}
