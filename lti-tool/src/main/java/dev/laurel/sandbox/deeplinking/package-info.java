/**
 * The platform side of Deep Linking 2.0 (<a href="https://www.imsglobal.org/spec/lti-dl/v2p0">Deep Linking 2.0</a>):
 * verifying the tool's LtiDeepLinkingResponse and keeping the content items it placed in the course.
 */
package dev.laurel.sandbox.deeplinking;
