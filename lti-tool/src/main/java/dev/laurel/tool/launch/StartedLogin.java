package dev.laurel.tool.launch;

/**
 * A login initiation just started: the values the browser carries to the platform and back.
 *
 * @param state the OIDC {@code state}
 * @param nonce the OIDC {@code nonce}
 * @param browserBinding the value of the cookie that binds the state to this browser
 */
public record StartedLogin(String state, String nonce, String browserBinding) {
}
