/** The launcher: starts the tool and, when enabled, the sandbox LMS. The only place that knows both. */
package dev.laurel;
