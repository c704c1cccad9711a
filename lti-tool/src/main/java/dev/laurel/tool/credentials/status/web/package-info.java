/** The public status list endpoint: {@code GET /status/{issuer}/{purpose}/{listNumber}}. */
package dev.laurel.tool.credentials.status.web;
