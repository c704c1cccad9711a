/**
 * Courses of the sandbox LMS: users, enrolments, the "Laurel" resource link, assignments graded with
 * competency rubrics, and the demo course "Data Analysis Fundamentals" seeded at first start.
 */
package dev.laurel.sandbox.course;
