/** The sandbox's web plumbing: its security filter chain and its own error pages. */
package dev.laurel.sandbox.web;
