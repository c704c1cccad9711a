/**
 * Open Badges 3.0 baking: a credential embedded in a PNG {@code iTXt} chunk or an SVG
 * {@code openbadges:credential} element, read back with every size bounded and hostile images refused;
 * and a generated SVG badge for achievements without an image.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#baking">Open Badges 3.0 §5.3 Baking</a>
 */
package dev.laurel.tool.credentials.baking;
