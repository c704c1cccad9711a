/** HTTP for the token endpoint and the bearer-token check the LTI service endpoints share. */
package dev.laurel.sandbox.oauth.web;
