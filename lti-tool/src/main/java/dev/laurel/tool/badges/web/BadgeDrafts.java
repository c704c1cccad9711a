package dev.laurel.tool.badges.web;

import dev.laurel.tool.badges.badge.Badge;
import dev.laurel.tool.badges.badge.BadgeDesign;
import dev.laurel.tool.badges.badge.EuDetails;
import dev.laurel.tool.badges.badge.IssuanceMode;
import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rules.AwardRule;
import dev.laurel.tool.credentials.baking.BadgeIcon;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads the badge editor's form into a {@link Badge}, with every problem the instructor must fix: a name, a known
 * achievement type and rubric, a rule with at least one condition, a validity in days, EU elements from their lists
 * (and every mandatory one for a MicroCredential), skills from the catalogue.
 */
@Component
final class BadgeDrafts {

    /** The Open Badges 3.0 achievement types the editor offers, with how the instructor reads them. */
    static final Map<String, String> TYPES = types();
    static final List<String> ICONS = Arrays.stream(BadgeIcon.values()).map(icon -> icon.name().toLowerCase(Locale.ROOT)).toList();
    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 5000;
    static final int MAX_VALIDITY_DAYS = 36_500;

    private final SkillRefs skills;

    BadgeDrafts(SkillRefs skills) {
        this.skills = skills;
    }

    /** A read form: {@code badge} is null when there are problems. */
    record Draft(List<PageProblem> problems, Badge badge) {
    }

    /**
     * @param existing the stored badge being edited, or null for a new one
     * @param rubrics the course's rubrics
     * @param columns the course's gradebook columns, URL → label
     * @param keepRule whether the stored rule stays (the form could not show it and the instructor did not replace it)
     */
    Draft read(BadgeForm form, long courseId, Badge existing, List<Rubric> rubrics, Map<String, String> columns,
            boolean keepRule) {
        List<PageProblem> problems = new ArrayList<>();
        String name = form.name().strip();
        if (name.isEmpty()) {
            problems.add(new PageProblem("badge_name_missing", "Give the badge a name."));
        }
        else if (name.length() > MAX_NAME) {
            problems.add(new PageProblem("badge_name_too_long", "The badge's name is longer than " + MAX_NAME + " characters."));
        }
        if (form.description().length() > MAX_TEXT || form.criteriaNarrative().length() > MAX_TEXT) {
            problems.add(new PageProblem("badge_text_too_long", "The description and the criteria may each be at most "
                    + MAX_TEXT + " characters."));
        }
        boolean knownType = TYPES.containsKey(form.achievementType())
                || (existing != null && existing.achievementType().equals(form.achievementType()));
        if (!knownType) {
            problems.add(new PageProblem("badge_type_unknown", "Choose the kind of achievement from the list."));
        }
        Rubric rubric = null;
        if (!form.rubricId().isBlank()) {
            rubric = rubrics.stream().filter(candidate -> String.valueOf(candidate.id()).equals(form.rubricId())).findFirst()
                .orElse(null);
            if (rubric == null) {
                problems.add(new PageProblem("rubric_unknown", "The chosen rubric is not one of this course's rubrics."));
            }
        }
        AwardRule rule;
        if (keepRule) {
            rule = existing.rule();
        }
        else {
            rule = RuleFormReader.read(form.rule(), rubric, columns, existing == null ? Map.of() : keptLabels(existing.rule()),
                    problems);
        }
        Integer validity = null;
        if (!form.validityDays().isBlank()) {
            validity = wholeNumber(form.validityDays());
            if (validity == null || validity < 1 || validity > MAX_VALIDITY_DAYS) {
                problems.add(new PageProblem("validity_invalid", "Validity must be a whole number of days from 1 to "
                        + MAX_VALIDITY_DAYS + ", or empty for credentials that do not expire."));
                validity = null;
            }
        }
        EuDetails eu = EuForms.read(form.eu(), problems);
        if (form.microCredential() && !eu.missingMandatory().isEmpty()) {
            problems.add(new PageProblem("eu_mandatory_missing", "A MicroCredential must state every mandatory EU "
                    + "element. Still missing: " + String.join(", ", eu.missingMandatory()) + ". Fill them in under "
                    + "“EU micro-credential”, or choose another kind of achievement."));
        }
        var refs = skills.resolve(form.skills(), existing == null ? List.of() : existing.skills(), "The badge", problems);
        if (!problems.isEmpty()) {
            return new Draft(List.copyOf(problems), null);
        }
        String icon = ICONS.contains(form.design().icon()) ? form.design().icon() : "star";
        BadgeDesign design = new BadgeDesign(form.design().color(), icon,
                existing == null ? null : existing.design().imageMediaType());
        Badge badge = new Badge(existing == null ? 0 : existing.id(), courseId,
                existing == null ? "pending" : existing.achievementKey(), name, form.description().strip(),
                form.criteriaNarrative().strip(), form.achievementType(), rubric == null ? null : rubric.id(), rule, refs,
                eu, validity, IssuanceMode.valueOf(form.issuanceMode()), design, existing != null && existing.archived(),
                existing == null ? null : existing.createdAt(), existing == null ? null : existing.updatedAt());
        return new Draft(List.of(), badge);
    }

    private static Map<String, String> keptLabels(AwardRule rule) {
        Map<String, String> labels = new LinkedHashMap<>();
        collect(rule, labels);
        return labels;
    }

    private static void collect(AwardRule rule, Map<String, String> labels) {
        if (rule instanceof AwardRule.LineItemAtLeast l) {
            labels.putIfAbsent(l.lineItemUrl(), l.label());
        }
        List<AwardRule> children = rule instanceof AwardRule.AllOf all ? all.conditions()
                : rule instanceof AwardRule.AnyOf any ? any.conditions()
                : rule instanceof AwardRule.AtLeast atLeast ? atLeast.conditions() : List.of();
        children.forEach(child -> collect(child, labels));
    }

    private static Integer wholeNumber(String text) {
        try {
            return Integer.valueOf(text.strip());
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }

    private static Map<String, String> types() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("Badge", "Badge");
        types.put("MicroCredential", "Micro-credential (EU)");
        types.put("Competency", "Competency");
        types.put("Certificate", "Certificate");
        types.put("CertificateOfCompletion", "Certificate of completion");
        types.put("Course", "Course");
        types.put("Assessment", "Assessment");
        types.put("Assignment", "Assignment");
        types.put("Award", "Award");
        types.put("CoCurricular", "Co-curricular activity");
        types.put("Fieldwork", "Fieldwork");
        types.put("LearningProgram", "Learning programme");
        types.put("Achievement", "Other achievement");
        return java.util.Collections.unmodifiableMap(types);
    }
}
