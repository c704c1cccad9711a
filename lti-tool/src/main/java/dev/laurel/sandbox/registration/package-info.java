/**
 * Tools registered with the sandbox by LTI Dynamic Registration, platform side
 * (<a href="https://www.imsglobal.org/spec/lti-dr/v1p0">LTI Dynamic Registration 1.0</a>), modelled on Moodle 4.x:
 * single-use registration tokens, validation of the tool's client metadata, and registration at first start.
 */
package dev.laurel.sandbox.registration;
