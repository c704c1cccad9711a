package dev.laurel.tool.badges.rubric;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Stable keys for new criteria and levels: a slug of the name, made unique among the keys already taken. */
public final class RubricKeys {

    private static final int MAX_LENGTH = 40;

    private RubricKeys() {
    }

    /** Whether {@code key} has the form of a key Laurel makes (kept as is when a form sends it back). */
    public static boolean isKey(String key) {
        return key != null && key.matches("[a-z0-9][a-z0-9-]{0,63}");
    }

    /** A key for {@code name} that is not in {@code taken}, e.g. {@code data-cleaning} or {@code data-cleaning-2}. */
    public static String unique(String name, Set<String> taken) {
        String base = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.isEmpty()) {
            base = "item";
        }
        if (base.length() > MAX_LENGTH) {
            base = base.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        String key = base;
        for (int n = 2; taken.contains(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }
}
