package dev.laurel.tool.badges.web;

import dev.laurel.tool.badges.badge.Badge;
import dev.laurel.tool.badges.badge.BadgeDesign;
import dev.laurel.tool.badges.badge.EuDetails;
import dev.laurel.tool.badges.rubric.SkillRef;
import java.util.List;
import java.util.Objects;

/**
 * The badge editor's form exactly as the instructor typed it (every field text, so nothing typed is lost when the
 * page comes back with an error). The uploaded image travels beside it as a file.
 */
record BadgeForm(String name, String description, String criteriaNarrative, String achievementType, String rubricId,
        RuleForm rule, String issuanceMode, String validityDays, EuForm eu, List<String> skills, DesignForm design) {

    BadgeForm {
        name = text(name);
        description = text(description);
        criteriaNarrative = text(criteriaNarrative);
        achievementType = achievementType == null || achievementType.isBlank() ? "Badge" : achievementType;
        rubricId = text(rubricId);
        rule = rule == null ? new RuleForm(null, null, null, null, null, null, null) : rule;
        issuanceMode = "AUTO".equals(issuanceMode) ? "AUTO" : "MANUAL";
        validityDays = text(validityDays);
        eu = eu == null ? new EuForm(null, null, null, null, null, null, null, null, null, null, null, null) : eu;
        skills = skills == null ? List.of() : skills.stream().filter(Objects::nonNull).toList();
        design = design == null ? new DesignForm(null, null, null) : design;
    }

    /**
     * The award rule as typed: its own group (minimum levels per criterion, a minimum total, required columns, groups
     * inside it, the combination) and whether it replaces a stored rule the form cannot show.
     */
    record RuleForm(String combination, String count, List<CriterionRequirement> criteria, String minTotal,
            List<ColumnRequirement> columns, List<GroupForm> groups, String replace) {

        RuleForm {
            GroupForm group = new GroupForm(combination, count, criteria, minTotal, columns, groups);
            combination = group.combination();
            count = group.count();
            criteria = group.criteria();
            minTotal = group.minTotal();
            columns = group.columns();
            groups = group.groups();
            replace = text(replace);
        }

        /** The rule's own group. */
        GroupForm group() {
            return new GroupForm(combination, count, criteria, minTotal, columns, groups);
        }

        static RuleForm of(GroupForm group, String replace) {
            return new RuleForm(group.combination(), group.count(), group.criteria(), group.minTotal(), group.columns(),
                    group.groups(), replace);
        }

        RuleForm withColumns(List<ColumnRequirement> value) {
            return new RuleForm(combination, count, criteria, minTotal, value, groups, replace);
        }
    }

    /**
     * A group of conditions combined with all / any / at least {@code count}: minimum levels per criterion, a minimum
     * total, required columns and groups inside it.
     */
    record GroupForm(String combination, String count, List<CriterionRequirement> criteria, String minTotal,
            List<ColumnRequirement> columns, List<GroupForm> groups) {

        GroupForm {
            combination = "any".equals(combination) || "atLeast".equals(combination) ? combination : "all";
            count = text(count);
            criteria = criteria == null ? List.of() : criteria.stream().filter(Objects::nonNull).toList();
            minTotal = text(minTotal);
            columns = columns == null ? List.of() : columns.stream().filter(Objects::nonNull).toList();
            groups = groups == null ? List.of() : groups.stream().filter(Objects::nonNull).toList();
        }

        /** A new group: all of no condition yet. */
        static GroupForm empty() {
            return new GroupForm("all", "", List.of(), "", List.of(), List.of());
        }

        GroupForm withGroups(List<GroupForm> value) {
            return new GroupForm(combination, count, criteria, minTotal, columns, value);
        }
    }

    /** At least the level {@code levelKey} (empty: no minimum) on the criterion {@code criterionKey}. */
    record CriterionRequirement(String criterionKey, String levelKey) {

        CriterionRequirement {
            criterionKey = text(criterionKey);
            levelKey = text(levelKey);
        }
    }

    /** At least {@code percent} % on the gradebook column {@code url} (empty: no requirement). */
    record ColumnRequirement(String url, String percent) {

        ColumnRequirement {
            url = text(url);
            percent = text(percent);
        }
    }

    /** The EU micro-credential elements as typed. */
    record EuForm(String ectsCredits, String hours, String eqfLevel, String assessmentType, String assessmentDescription,
            String participationMode, String qualityAssuranceType, String qualityAssuranceDescription,
            String qualityAssuranceUrl, String prerequisites, String supervision, String stacking) {

        EuForm {
            ectsCredits = text(ectsCredits);
            hours = text(hours);
            eqfLevel = text(eqfLevel);
            assessmentType = text(assessmentType);
            assessmentDescription = text(assessmentDescription);
            participationMode = text(participationMode);
            qualityAssuranceType = text(qualityAssuranceType);
            qualityAssuranceDescription = text(qualityAssuranceDescription);
            qualityAssuranceUrl = text(qualityAssuranceUrl);
            prerequisites = text(prerequisites);
            supervision = text(supervision);
            stacking = text(stacking);
        }

        static EuForm of(EuDetails eu) {
            return new EuForm(number(eu.ectsCredits()), number(eu.hours()),
                    eu.eqfLevel() == null ? "" : eu.eqfLevel().toString(), eu.assessmentType(), eu.assessmentDescription(),
                    eu.participationMode(), eu.qualityAssuranceType(), eu.qualityAssuranceDescription(),
                    eu.qualityAssuranceUrl(), eu.prerequisites(), eu.supervision(), eu.stacking());
        }
    }

    /** The generated design (colour, icon) and whether to drop the uploaded image. */
    record DesignForm(String color, String icon, String removeImage) {

        DesignForm {
            color = color == null || !color.matches("#[0-9a-fA-F]{6}") ? BadgeDesign.DEFAULT_COLOR : color;
            icon = text(icon);
            removeImage = text(removeImage);
        }
    }

    /** A new badge earned on {@code rubricId} (or none). */
    static BadgeForm blank(String rubricId) {
        return new BadgeForm("", "", "", "Badge", rubricId, null, "MANUAL", "", null, List.of(),
                new DesignForm(BadgeDesign.DEFAULT_COLOR, "star", ""));
    }

    /** The form of a stored badge; {@code rule} is its rule as the form shows it. */
    static BadgeForm of(Badge badge, RuleForm rule) {
        return new BadgeForm(badge.name(), badge.description(), badge.criteriaNarrative(), badge.achievementType(),
                badge.rubricId() == null ? "" : badge.rubricId().toString(), rule, badge.issuanceMode().name(),
                badge.validityDays() == null ? "" : badge.validityDays().toString(), EuForm.of(badge.eu()),
                badge.skills().stream().map(SkillRef::uri).toList(),
                new DesignForm(badge.design().color(), badge.design().icon(), ""));
    }

    BadgeForm withRule(RuleForm value) {
        return new BadgeForm(name, description, criteriaNarrative, achievementType, rubricId, value, issuanceMode,
                validityDays, eu, skills, design);
    }

    public boolean microCredential() {
        return "MicroCredential".equals(achievementType);
    }

    private static String number(Double value) {
        return value == null ? "" : RubricForm.points(value);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
