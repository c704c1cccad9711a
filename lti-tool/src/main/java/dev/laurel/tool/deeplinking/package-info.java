/**
 * LTI Deep Linking 2.0: after an {@code LtiDeepLinkingRequest} launch the instructor chooses what to place,
 * and Laurel answers with a signed {@code LtiDeepLinkingResponse} posted back to the platform.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dl/v2p0/">Deep Linking 2.0</a>
 */
package dev.laurel.tool.deeplinking;
