/** The instructor's badge review page, issuance progress, revocation and gradebook-comment forms. */
package dev.laurel.tool.badges.issuance.web;
