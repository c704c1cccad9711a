package dev.laurel.bridge.canvas.config;

/** The LTI message a Canvas placement launches with ({@code message_type}). */
public enum CanvasMessageType {
    LtiResourceLinkRequest, LtiDeepLinkingRequest
}
