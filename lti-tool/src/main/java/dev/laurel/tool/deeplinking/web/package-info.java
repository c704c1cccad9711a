/** Deep linking pages: the choice of what to place and the auto-posted response to the platform. */
package dev.laurel.tool.deeplinking.web;
