/** Operations: start-up checks, build information, health. */
package dev.laurel.tool.ops;
