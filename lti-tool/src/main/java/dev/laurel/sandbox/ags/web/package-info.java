/** HTTP for AGS 2.0: line item, result and score endpoints with the AGS media types. */
package dev.laurel.sandbox.ags.web;
