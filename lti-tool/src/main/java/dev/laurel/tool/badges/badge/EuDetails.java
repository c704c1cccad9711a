package dev.laurel.tool.badges.badge;

import java.util.ArrayList;
import java.util.List;

/**
 * The EU micro-credential elements an instructor fills in (Council Recommendation 2022/C 243/02, Annex I;
 * mapped as {@code EU-ELEMENTS.md} says). Every field may be null.
 *
 * @param ectsCredits the notional workload in ECTS credits
 * @param hours the notional workload in hours
 * @param eqfLevel the EQF level, 1 to 8
 */
public record EuDetails(Double ectsCredits, Double hours, Integer eqfLevel, String assessmentType,
        String assessmentDescription, String participationMode, String qualityAssuranceType,
        String qualityAssuranceDescription, String qualityAssuranceUrl, String prerequisites, String supervision,
        String stacking) {

    public static final List<String> ASSESSMENT_TYPES = List.of("written-test", "online-test", "oral-exam", "project",
            "portfolio", "practical-demonstration", "peer-assessment", "other");
    public static final List<String> PARTICIPATION_MODES = List.of("online", "onsite", "blended");
    public static final List<String> QUALITY_ASSURANCE_TYPES = List.of("internal", "external", "accredited-programme", "other");
    public static final List<String> SUPERVISION = List.of("unsupervised-no-id-check", "supervised-no-id-check",
            "supervised-online-id-check", "supervised-onsite-id-check");
    public static final List<String> STACKING = List.of("stand-alone", "stackable");

    public static EuDetails none() {
        return new EuDetails(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * The mandatory elements an EU micro-credential still lacks (workload, level is optional, assessment type,
     * participation, quality assurance), in plain words; empty when it can be marked a micro-credential.
     */
    public List<String> missingMandatory() {
        List<String> missing = new ArrayList<>();
        if (ectsCredits == null && hours == null) {
            missing.add("notional workload (ECTS credits or hours)");
        }
        if (assessmentType == null) {
            missing.add("type of assessment");
        }
        if (participationMode == null) {
            missing.add("form of participation");
        }
        if (qualityAssuranceType == null) {
            missing.add("type of quality assurance");
        }
        return List.copyOf(missing);
    }
}
