/**
 * Keys: sealing of private keys at rest ({@link dev.laurel.tool.keys.KeySealer}), the tool's LTI signing
 * keys with rotation and their JWKS ({@link dev.laurel.tool.keys.ToolKeys}), and platform key sets.
 */
package dev.laurel.tool.keys;
