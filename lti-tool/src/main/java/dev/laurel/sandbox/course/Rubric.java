package dev.laurel.sandbox.course;

import java.util.List;

/** A competency rubric: levels with points, and criteria that each assess one competency. */
public record Rubric(List<Level> levels, List<Criterion> criteria) {

    /** A performance level, e.g. Proficient = 2 points. */
    public record Level(String name, int points) {
    }

    /** A criterion: a competency with its stable key, its title and what it means. */
    public record Criterion(String key, String title, String description) {
    }

    /** The best points a criterion can get. */
    public int maxLevelPoints() {
        return levels.stream().mapToInt(Level::points).max().orElse(0);
    }

    /** The best total: every criterion at the top level. */
    public int maxTotal() {
        return maxLevelPoints() * criteria.size();
    }
}
