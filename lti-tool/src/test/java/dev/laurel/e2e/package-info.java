/** End-to-end tests over real HTTP, the tool and the sandbox LMS side by side; in headless Chromium where tagged "browser". */
package dev.laurel.e2e;
