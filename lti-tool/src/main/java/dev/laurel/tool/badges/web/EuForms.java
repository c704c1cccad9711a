package dev.laurel.tool.badges.web;

import dev.laurel.tool.badges.badge.EuDetails;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the EU micro-credential elements of the badge form: workload, EQF level, the elements with fixed values
 * from their lists ({@link EuDetails}), free texts of bounded length and a web address for quality assurance.
 */
final class EuForms {

    private EuForms() {
    }

    /** The EU elements as typed, leniently (what cannot be read is left out), for showing what is still missing. */
    static EuDetails lenient(BadgeForm.EuForm form) {
        return read(form, new ArrayList<>());
    }

    /** The EU elements as typed; {@code problems} gets what cannot be read (left out of the result). */
    static EuDetails read(BadgeForm.EuForm form, List<PageProblem> problems) {
        Double ects = positive(form.ectsCredits(), 240, "eu_ects_invalid",
                "ECTS credits must be a number above 0 and at most 240.", problems);
        Double hours = positive(form.hours(), 10_000, "eu_hours_invalid",
                "The workload in hours must be a number above 0 and at most 10000.", problems);
        Integer eqf = null;
        if (!form.eqfLevel().isBlank()) {
            eqf = wholeNumber(form.eqfLevel());
            if (eqf == null || eqf < 1 || eqf > 8) {
                problems.add(new PageProblem("eu_eqf_invalid", "The EQF level is 1 to 8."));
                eqf = null;
            }
        }
        String url = optional(form.qualityAssuranceUrl(), problems);
        if (url != null && !webUrl(url)) {
            problems.add(new PageProblem("eu_url_invalid", "The quality assurance link must be a web address starting "
                    + "with https:// or http://."));
            url = null;
        }
        return new EuDetails(ects, hours, eqf, choice(form.assessmentType(), EuDetails.ASSESSMENT_TYPES, problems),
                optional(form.assessmentDescription(), problems),
                choice(form.participationMode(), EuDetails.PARTICIPATION_MODES, problems),
                choice(form.qualityAssuranceType(), EuDetails.QUALITY_ASSURANCE_TYPES, problems),
                optional(form.qualityAssuranceDescription(), problems), url, optional(form.prerequisites(), problems),
                choice(form.supervision(), EuDetails.SUPERVISION, problems), choice(form.stacking(), EuDetails.STACKING, problems));
    }

    private static String choice(String value, List<String> allowed, List<PageProblem> problems) {
        if (value.isBlank()) {
            return null;
        }
        if (!allowed.contains(value)) {
            problems.add(new PageProblem("eu_value_unknown", "Choose the EU elements from their lists."));
            return null;
        }
        return value;
    }

    private static String optional(String value, List<PageProblem> problems) {
        if (value.isBlank()) {
            return null;
        }
        if (value.length() > 2000) {
            problems.add(new PageProblem("eu_text_too_long", "Each EU element may be at most 2000 characters."));
        }
        return value.strip();
    }

    private static Double positive(String text, double max, String code, String sentence, List<PageProblem> problems) {
        if (text.isBlank()) {
            return null;
        }
        try {
            double value = new BigDecimal(text.strip().replace(',', '.')).doubleValue();
            if (value > 0 && value <= max) {
                return value;
            }
        }
        catch (NumberFormatException ex) {
            // reported below
        }
        problems.add(new PageProblem(code, sentence));
        return null;
    }

    private static Integer wholeNumber(String text) {
        try {
            return Integer.valueOf(text.strip());
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }

    private static boolean webUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.getHost() != null && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
        }
        catch (URISyntaxException ex) {
            return false;
        }
    }
}
