package dev.laurel.tool.badges.web;

import dev.laurel.tool.badges.rules.CourseLineItem;
import dev.laurel.tool.coursesync.CourseKey;
import dev.laurel.tool.coursesync.SyncedCourse;
import dev.laurel.tool.coursesync.SyncedCourses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The course's gradebook columns as the last sync read them (no results), for the editors' lists and checks. */
@Component
final class CourseGradebook {

    private final SyncedCourses synced;

    CourseGradebook(SyncedCourses synced) {
        this.synced = synced;
    }

    /** The columns, or null columns when the course was never synced. */
    Columns of(CourseKey course) {
        Optional<List<SyncedCourse.SyncedLineItem>> items = synced.lineItems(course);
        return new Columns(items.isPresent(), items.orElse(List.of()));
    }

    /** The synced columns; {@code synced} is false when the course was never synced. */
    record Columns(boolean synced, List<SyncedCourse.SyncedLineItem> items) {

        public Set<String> urls() {
            return items.stream().map(SyncedCourse.SyncedLineItem::url).collect(Collectors.toSet());
        }

        /** By URL, as the rules see them; null when never synced (line-item conditions then cannot be checked). */
        Map<String, CourseLineItem> forRules() {
            if (!synced) {
                return null;
            }
            Map<String, CourseLineItem> map = new LinkedHashMap<>();
            items.forEach(item -> map.putIfAbsent(item.url(), new CourseLineItem(item.url(), item.label(), item.scoreMaximum())));
            return map;
        }

        /** The column as a list shows it: its label and maximum, e.g. "Quiz 1 (out of 10)". */
        public String describe(SyncedCourse.SyncedLineItem item) {
            String label = item.label() == null || item.label().isBlank() ? item.url() : item.label();
            return item.scoreMaximum() == null ? label : label + " (out of " + RubricForm.points(item.scoreMaximum()) + ")";
        }

        /** The label of the column at {@code url}, or null. */
        String label(String url) {
            return items.stream().filter(item -> item.url().equals(url)).map(SyncedCourse.SyncedLineItem::label)
                .findFirst().orElse(null);
        }
    }
}
