/** HTTP for NRPS 2.0: the membership container endpoint. */
package dev.laurel.sandbox.nrps.web;
