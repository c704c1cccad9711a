/** End-to-end tests across the sandbox LMS and the tool, in a real browser where tagged "browser". */
package dev.laurel.e2e;
