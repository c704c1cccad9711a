package dev.laurel.tool.badges.dashboard.web;

import dev.laurel.tool.badges.dashboard.CourseDashboard.CriterionSpread;
import dev.laurel.tool.badges.dashboard.CourseDashboard.LevelCount;
import dev.laurel.tool.badges.dashboard.CourseDashboard.RubricSpread;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a rubric's inline SVG chart: one horizontal bar per criterion, split into the share of learners
 * at each level (lightest lowest) and those without a level (grey), with a legend. Server-side, so the page needs
 * no script; the page gives it a title, a description and a table with the same figures.
 */
record CriterionChart(String title, String description, int width, int height, List<Bar> bars, List<Legend> legend) {

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 200;
    static final int BAR_HEIGHT = 22;
    static final int ROW_HEIGHT = 34;
    static final int TOP = 8;
    private static final List<String> LEVEL_COLORS = List.of("#dbe6f4", "#a9c4e6", "#6f9bd1", "#3f6fae", "#234a7a", "#122b4a");
    private static final String NO_LEVEL_COLOR = "#c9ccd1";

    /** The height of every bar. */
    public int barHeight() {
        return BAR_HEIGHT;
    }

    /** One criterion's bar. */
    record Bar(String label, int y, int textY, List<Segment> segments) {
    }

    /** A part of a bar: its place, colour and what it counts. */
    record Segment(double x, double width, String color, String title) {
    }

    /** A legend entry. */
    record Legend(int x, int y, String color, String label) {
    }

    static CriterionChart of(RubricSpread spread) {
        int maxLevels = spread.criteria().stream().mapToInt(criterion -> criterion.levels().size()).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int y = TOP;
        for (CriterionSpread criterion : spread.criteria()) {
            bars.add(bar(criterion, y));
            y += ROW_HEIGHT;
        }
        List<Legend> legend = new ArrayList<>();
        int legendY = y + 10;
        List<String> names = spread.criteria().isEmpty() ? List.of()
                : spread.criteria().get(0).levels().stream().map(LevelCount::level).toList();
        int x = LABEL_WIDTH;
        for (int i = 0; i < maxLevels; i++) {
            legend.add(new Legend(x, legendY, color(i, maxLevels), i < names.size() ? names.get(i) : "Level " + (i + 1)));
            x += 110;
        }
        legend.add(new Legend(x, legendY, NO_LEVEL_COLOR, "No level yet"));
        String description = spread.criteria().stream()
            .map(criterion -> criterion.criterion() + ": " + String.join(", ", criterion.levels().stream()
                .map(level -> level.learners() + " " + level.level()).toList()) + ", " + criterion.withoutLevel() + " without a level")
            .reduce((a, b) -> a + "; " + b).orElse("No criteria.");
        return new CriterionChart("Where the cohort stands on " + spread.rubric().name(), description, WIDTH,
                legendY + 24, bars, legend);
    }

    private static Bar bar(CriterionSpread criterion, int y) {
        int total = criterion.learners();
        double scale = total == 0 ? 0 : (double) (WIDTH - LABEL_WIDTH - 10) / total;
        List<Segment> segments = new ArrayList<>();
        double x = LABEL_WIDTH;
        for (int i = 0; i < criterion.levels().size(); i++) {
            LevelCount level = criterion.levels().get(i);
            if (level.learners() > 0) {
                segments.add(new Segment(x, level.learners() * scale, color(i, criterion.levels().size()),
                        criterion.criterion() + ", " + level.level() + ": " + level.learners() + " learners"));
                x += level.learners() * scale;
            }
        }
        if (criterion.withoutLevel() > 0) {
            segments.add(new Segment(x, criterion.withoutLevel() * scale, NO_LEVEL_COLOR,
                    criterion.criterion() + ", no level yet: " + criterion.withoutLevel() + " learners"));
        }
        String label = criterion.criterion().length() <= 28 ? criterion.criterion() : criterion.criterion().substring(0, 27) + "…";
        return new Bar(label, y, y + 15, segments);
    }

    /** Lightest for the lowest level, darkest for the highest, spread over the palette. */
    private static String color(int index, int levels) {
        if (levels <= 1) {
            return LEVEL_COLORS.get(3);
        }
        int slot = (int) Math.round(index * (LEVEL_COLORS.size() - 1) / (double) (levels - 1));
        return LEVEL_COLORS.get(Math.min(slot, LEVEL_COLORS.size() - 1));
    }
}
