/**
 * The built-in sandbox course's ready-made badges: after the first sync of a course of the sandbox LMS, one
 * rubric and one badge per rubric-graded assignment, read from the sandbox's own rubric API over HTTP (as a
 * bridge reads an LMS's rubrics), so a fresh start shows issuance at once.
 */
package dev.laurel.tool.badges.demo;
