package dev.laurel.tool.credentials.baking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Draws a plain SVG badge (coloured disc, icon, the achievement's name) for achievements without an image.
 * The name is XML-escaped; the colour must be {@code #rrggbb}; the output passes {@link BadgeBaker}'s checks.
 */
@Component
public final class BadgeImageGenerator {

    /** The colour used when none (or an invalid one) is given. */
    public static final String DEFAULT_COLOUR = "#2f5d8a";
    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final int LINE_CHARS = 16;
    private static final int MAX_LINES = 3;

    /** An SVG badge for an achievement called {@code name}. */
    public String generate(String name, String colour, BadgeIcon icon) {
        String fill = colour != null && HEX_COLOUR.matcher(colour).matches() ? colour.toLowerCase(Locale.ROOT) : DEFAULT_COLOUR;
        String ink = isLight(fill) ? "#1b1b1b" : "#ffffff";
        BadgeIcon shown = icon == null ? BadgeIcon.STAR : icon;
        List<String> lines = wrap(name == null || name.isBlank() ? "Badge" : name.strip());
        StringBuilder svg = new StringBuilder(1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 512 512\" width=\"512\" height=\"512\" role=\"img\">");
        svg.append("<title>").append(escape(String.join(" ", lines))).append("</title>");
        svg.append("<circle cx=\"256\" cy=\"256\" r=\"248\" fill=\"").append(fill).append("\"/>");
        svg.append("<circle cx=\"256\" cy=\"256\" r=\"226\" fill=\"none\" stroke=\"").append(ink)
                .append("\" stroke-opacity=\"0.55\" stroke-width=\"6\"/>");
        svg.append("<path transform=\"translate(184 70) scale(6)\" fill=\"").append(ink).append("\" d=\"")
                .append(shown.path()).append("\"/>");
        int y = lines.size() == 1 ? 340 : 325;
        for (String line : lines) {
            svg.append("<text x=\"256\" y=\"").append(y).append("\" text-anchor=\"middle\" font-family=\"Helvetica, Arial, sans-serif\"")
                    .append(" font-size=\"40\" font-weight=\"700\" fill=\"").append(ink).append("\">")
                    .append(escape(line)).append("</text>");
            y += 48;
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static List<String> wrap(String name) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : name.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LINE_CHARS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word.length() > LINE_CHARS ? word.substring(0, LINE_CHARS - 1) + "…" : word);
        }
        lines.add(line.toString());
        if (lines.size() > MAX_LINES) {
            List<String> kept = new ArrayList<>(lines.subList(0, MAX_LINES));
            String last = kept.get(MAX_LINES - 1);
            kept.set(MAX_LINES - 1, (last.length() >= LINE_CHARS ? last.substring(0, LINE_CHARS - 1) : last) + "…");
            return kept;
        }
        return lines;
    }

    private static boolean isLight(String hex) {
        int r = Integer.parseInt(hex.substring(1, 3), 16);
        int g = Integer.parseInt(hex.substring(3, 5), 16);
        int b = Integer.parseInt(hex.substring(5, 7), 16);
        return 0.299 * r + 0.587 * g + 0.114 * b > 170;
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= ' ' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
