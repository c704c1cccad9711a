/** Canvas's developer-key JSON configuration and a typed client of Canvas's own REST API. */
package dev.laurel.bridge.canvas;
