/**
 * Skills: the ESCO v1.1.1 and O*NET 29.2 skills shipped in the jar ({@code classpath:skills/}, see its
 * ATTRIBUTION.md), a Lucene index of them for a type-ahead picker ({@link dev.laurel.tool.skills.SkillSearch})
 * and for suggestions from a rubric criterion's text, Open Badges 3.0 alignments to a chosen skill
 * ({@link dev.laurel.tool.skills.SkillAlignment}) and skill gaps for pathways ({@link dev.laurel.tool.skills.SkillGaps}).
 */
package dev.laurel.tool.skills;
