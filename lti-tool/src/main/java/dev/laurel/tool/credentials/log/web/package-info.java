/** The transparency log's public HTTP API: signed tree head, proofs, leaves and the log key under {@code /log}. */
package dev.laurel.tool.credentials.log.web;
