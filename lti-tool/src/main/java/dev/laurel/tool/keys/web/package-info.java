/** The tool's public JWK Set endpoint, {@code /.well-known/jwks.json}. */
package dev.laurel.tool.keys.web;
