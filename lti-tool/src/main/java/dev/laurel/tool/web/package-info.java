/** The shared layout, the home page, the error pages and the fallback security chain. */
package dev.laurel.tool.web;
