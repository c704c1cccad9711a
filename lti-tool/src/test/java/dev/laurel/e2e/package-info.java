/** End-to-end tests of the tool and the sandbox LMS together over real HTTP (and in headless Chromium). */
package dev.laurel.e2e;
