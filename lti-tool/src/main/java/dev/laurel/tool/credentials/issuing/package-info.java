/**
 * Issuing: the one entry point ({@link dev.laurel.tool.credentials.issuing.CredentialIssuer#issue}) that
 * builds, validates, signs and stores an Open Badges 3.0 credential, idempotently per (achievement, recipient).
 */
package dev.laurel.tool.credentials.issuing;
