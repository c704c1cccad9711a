/** HTTP for registration: platform discovery, JWKS, the registration endpoint and the admin's tool page. */
package dev.laurel.sandbox.registration.web;
