/** The learner's badge pages under {@code /course/{courseId}/badges}, protected by the LTI launch chain. */
package dev.laurel.tool.credentials.wallet.web;
