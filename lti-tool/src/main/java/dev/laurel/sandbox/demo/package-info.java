/**
 * Builds sandbox courses with their gradebook: the demo course "Data Analysis Fundamentals" seeded at first
 * start, and large generated courses for paging tests ({@link dev.laurel.sandbox.demo.SandboxCourses}).
 */
package dev.laurel.sandbox.demo;
