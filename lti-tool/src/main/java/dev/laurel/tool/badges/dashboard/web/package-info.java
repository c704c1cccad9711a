/** The course dashboard page (with its inline SVG chart) and its CSV export. */
package dev.laurel.tool.badges.dashboard.web;
