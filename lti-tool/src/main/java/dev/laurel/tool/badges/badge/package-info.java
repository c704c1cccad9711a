/**
 * Badges (achievements) of a course: what they say (name, description, criteria, image, skills, EU
 * micro-credential elements, validity), which rubric they are earned on, their award rule and issuance mode.
 */
package dev.laurel.tool.badges.badge;
