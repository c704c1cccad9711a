/** HTTP for the sandbox's own course API (rubric definitions), outside the LTI services. */
package dev.laurel.sandbox.course.web;
