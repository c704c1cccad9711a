/** A typed client of Moodle's own web-service REST API: rubric fillings, competencies, learner ratings. */
package dev.laurel.bridge.moodle;
