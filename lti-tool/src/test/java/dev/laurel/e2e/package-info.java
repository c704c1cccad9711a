/** End-to-end tests over real HTTP: the tool and the sandbox LMS running side by side. */
package dev.laurel.e2e;
