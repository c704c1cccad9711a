package dev.laurel.tool.badges.badge;

import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.RubricLevel;
import dev.laurel.tool.badges.rubric.Rubrics;
import dev.laurel.tool.badges.rules.AwardRule;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Copies a badge into another course: its details, image and rule, and its rubric (reused when the target course
 * has the same rubric, else copied with its criteria unbound, since gradebook columns belong to one course). The
 * copy starts in manual issuance, so nothing is issued before the instructor has bound the rubric there. Which
 * courses a user may copy to is decided by the caller.
 */
@Service
public class BadgeCopies {

    private static final int MAX_NAME = 200;

    private final Badges badges;
    private final Rubrics rubrics;
    private final BadgeImages images;
    private final BadgeAudit audit;

    public BadgeCopies(Badges badges, Rubrics rubrics, BadgeImages images, BadgeAudit audit) {
        this.badges = badges;
        this.rubrics = rubrics;
        this.images = images;
        this.audit = audit;
    }

    /**
     * What a copy made.
     *
     * @param badge the new badge in the target course
     * @param rubric its rubric there, or null
     * @param rubricReused whether that rubric already existed there
     * @param lineItemConditions how many rule conditions name gradebook columns of the source course
     */
    public record Copy(Badge badge, Rubric rubric, boolean rubricReused, int lineItemConditions) {
    }

    /**
     * Copies {@code source} into course {@code targetCourseId}.
     *
     * @throws BadgeException {@code badge_name_taken} when the target course has a badge of that name
     */
    @Transactional
    public Copy copy(Badge source, long targetCourseId, String actor) {
        String name = source.name().strip();
        if (badges.list(targetCourseId).stream().anyMatch(badge -> sameName(badge.name(), name))) {
            throw new BadgeException("badge_name_taken", "The other course already has a badge called \"" + name
                    + "\"; rename one of them first.");
        }
        Rubric rubric = null;
        boolean reused = false;
        if (source.rubricId() != null) {
            Rubric original = rubrics.find(source.courseId(), source.rubricId()).orElse(null);
            if (original != null) {
                Optional<Rubric> same = rubrics.list(targetCourseId).stream().filter(other -> sameShape(other, original)).findFirst();
                reused = same.isPresent();
                rubric = same.orElseGet(() -> rubrics.create(new Rubric(0, targetCourseId, freeName(original.name(),
                        rubrics.list(targetCourseId)), original.description(), original.criteria().stream()
                            .map(criterion -> criterion.withLineItem(null)).toList())));
            }
        }
        Badge created = badges.create(new Badge(0, targetCourseId, "pending", name, source.description(),
                source.criteriaNarrative(), source.achievementType(), rubric == null ? null : rubric.id(), source.rule(),
                source.skills(), source.eu(), source.validityDays(), IssuanceMode.MANUAL, source.design(), false, null, null));
        images.find(source.id()).ifPresent(image -> images.store(created.id(), image));
        audit.record(source.courseId(), source.id(), actor, "badge_copied_to", "course " + targetCourseId);
        audit.record(targetCourseId, created.id(), actor, "badge_copied_from", "course " + source.courseId()
                + ", badge " + source.id());
        return new Copy(created, rubric, reused, lineItemConditions(source.rule()));
    }

    /** The same rubric: same name and the same criteria and levels (keys, names, points). */
    private static boolean sameShape(Rubric candidate, Rubric original) {
        return sameName(candidate.name(), original.name()) && shape(candidate).equals(shape(original));
    }

    private static List<String> shape(Rubric rubric) {
        return rubric.criteria().stream().map(criterion -> criterion.key() + "|" + criterion.name() + "|"
                + criterion.levels().stream().map(BadgeCopies::level).collect(Collectors.joining(","))).toList();
    }

    private static String level(RubricLevel level) {
        return level.key() + ":" + level.name() + ":" + level.points();
    }

    private static String freeName(String name, List<Rubric> existing) {
        Set<String> taken = existing.stream().map(rubric -> rubric.name().strip().toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
        String base = name.strip();
        String candidate = base;
        for (int n = 1; taken.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = n == 1 ? " (copy)" : " (copy " + n + ")";
            candidate = (base.length() + suffix.length() > MAX_NAME ? base.substring(0, MAX_NAME - suffix.length()) : base)
                    + suffix;
        }
        return candidate;
    }

    private static boolean sameName(String a, String b) {
        return a.strip().equalsIgnoreCase(b.strip());
    }

    private static int lineItemConditions(AwardRule rule) {
        if (rule instanceof AwardRule.LineItemAtLeast) {
            return 1;
        }
        List<AwardRule> children = rule instanceof AwardRule.AllOf all ? all.conditions()
                : rule instanceof AwardRule.AnyOf any ? any.conditions()
                : rule instanceof AwardRule.AtLeast atLeast ? atLeast.conditions() : List.of();
        return children.stream().mapToInt(BadgeCopies::lineItemConditions).sum();
    }
}
