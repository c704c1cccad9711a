/** HTTP for the deep-linking return URL. */
package dev.laurel.sandbox.deeplinking.web;
