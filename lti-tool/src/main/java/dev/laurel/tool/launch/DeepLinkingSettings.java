package dev.laurel.tool.launch;

import java.util.List;

/**
 * The {@code deep_linking_settings} of an {@code LtiDeepLinkingRequest}: where and what the platform accepts.
 *
 * @param data the opaque {@code data} value to echo in the response, or {@code null}
 * @see <a href="https://www.imsglobal.org/spec/lti-dl/v2p0/#deep-linking-settings">Deep Linking 2.0 §4.4.1</a>
 */
public record DeepLinkingSettings(String deepLinkReturnUrl, List<String> acceptTypes,
        List<String> acceptPresentationDocumentTargets, boolean acceptMultiple, boolean autoCreate, String title,
        String text, String data) {

    public DeepLinkingSettings {
        acceptTypes = acceptTypes == null ? List.of() : List.copyOf(acceptTypes);
        acceptPresentationDocumentTargets = acceptPresentationDocumentTargets == null ? List.of()
                : List.copyOf(acceptPresentationDocumentTargets);
    }

    /** Whether the platform accepts LTI resource links (the only item type Laurel places). */
    public boolean acceptsResourceLinks() {
        return acceptTypes.isEmpty() || acceptTypes.contains("ltiResourceLink");
    }
}
