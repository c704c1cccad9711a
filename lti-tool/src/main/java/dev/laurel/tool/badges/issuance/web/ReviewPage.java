package dev.laurel.tool.badges.issuance.web;

import dev.laurel.tool.badges.issuance.BadgeReview;
import dev.laurel.tool.badges.issuance.ReviewStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One page of a badge's review: the learners of one status filter ({@code qualifies}, {@code issued},
 * {@code revoked}, {@code not-yet}, {@code left}, or every learner), {@value #SIZE} at a time. An unknown filter
 * shows everyone, a page number out of range the nearest page.
 *
 * @param filter the filter shown ("" for everyone)
 * @param number the page shown, from 1
 * @param pages how many pages the filter has (at least 1)
 * @param matching how many learners the filter has
 * @param rows the learners of this page
 */
record ReviewPage(String filter, int number, int pages, int matching, List<BadgeReview.Row> rows) {

    static final int SIZE = 50;

    /** The filters in the order the page offers them, each with the statuses it shows. */
    static final Map<String, Predicate<ReviewStatus>> FILTERS = filters();

    static ReviewPage of(BadgeReview.Review review, String filter, String page) {
        String shown = filter != null && FILTERS.containsKey(filter) ? filter : "";
        Predicate<ReviewStatus> keep = shown.isEmpty() ? status -> true : FILTERS.get(shown);
        List<BadgeReview.Row> matching = review.rows().stream().filter(row -> keep.test(row.status())).toList();
        int pages = Math.max(1, (matching.size() + SIZE - 1) / SIZE);
        int number = Math.min(pages, Math.max(1, parse(page)));
        int from = (number - 1) * SIZE;
        return new ReviewPage(shown, number, pages, matching.size(),
                matching.subList(Math.min(from, matching.size()), Math.min(from + SIZE, matching.size())));
    }

    /** How many learners of the review a filter shows. */
    static long count(BadgeReview.Review review, String filter) {
        Predicate<ReviewStatus> keep = FILTERS.getOrDefault(filter, status -> true);
        return review.rows().stream().filter(row -> keep.test(row.status())).count();
    }

    /** The position of the page's first learner among the filter's, from 1 (0 when there is none). */
    public int first() {
        return rows.isEmpty() ? 0 : (number - 1) * SIZE + 1;
    }

    public int last() {
        return rows.isEmpty() ? 0 : first() + rows.size() - 1;
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages;
    }

    /** Whether this page holds a learner who can be selected. */
    public boolean anySelectable() {
        return rows.stream().anyMatch(BadgeReview.Row::selectable);
    }

    private static int parse(String page) {
        try {
            return page == null ? 1 : Integer.parseInt(page.strip());
        }
        catch (NumberFormatException ex) {
            return 1;
        }
    }

    private static Map<String, Predicate<ReviewStatus>> filters() {
        Map<String, Predicate<ReviewStatus>> filters = new LinkedHashMap<>();
        filters.put("qualifies", ReviewStatus::selectable);
        filters.put("issued", ReviewStatus::issued);
        filters.put("revoked", status -> status == ReviewStatus.REVOKED || status == ReviewStatus.QUALIFIES_AGAIN);
        filters.put("not-yet", status -> status == ReviewStatus.NOT_YET);
        filters.put("left", status -> status == ReviewStatus.LEFT_COURSE);
        return java.util.Collections.unmodifiableMap(filters);
    }
}
