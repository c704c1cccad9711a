package dev.laurel.tool.credentials.document;

/**
 * The EU micro-credential elements (Council Recommendation 2022/C 243/02, Annex I) that OB 3.0 has no field
 * for, carried as Laurel's {@code ext:} terms as {@code EU-ELEMENTS.md} maps them. Any field may be null.
 *
 * @param assessmentType {@code written-test}, {@code online-test}, {@code oral-exam}, {@code project},
 *        {@code portfolio}, {@code practical-demonstration}, {@code peer-assessment} or {@code other}
 * @param participationMode {@code online}, {@code onsite} or {@code blended}
 * @param qualityAssuranceType {@code internal}, {@code external}, {@code accredited-programme} or {@code other}
 * @param supervision e.g. {@code supervised-online-id-check}
 * @param stacking {@code stand-alone} or {@code stackable}
 */
public record EuElements(Double ectsCredits, Double hours, String assessmentType, String assessmentDescription,
        String participationMode, String qualityAssuranceType, String qualityAssuranceDescription,
        String qualityAssuranceUrl, String prerequisites, String supervision, String stacking) {
}
