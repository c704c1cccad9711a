/**
 * The skills feature's web side: the JSON API of the skills picker ({@code /skills/search},
 * {@code /skills/suggest}, {@code /skills/alignment}, {@code /skills/status}), its security chain and the picker
 * demonstration page.
 */
package dev.laurel.tool.skills.web;
