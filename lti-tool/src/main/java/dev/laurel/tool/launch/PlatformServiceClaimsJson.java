package dev.laurel.tool.launch;

import java.net.URI;

/**
 * The JSON of a session's {@link PlatformServiceClaims} as {@code lti_session.services} keeps it: the record's
 * components by name, as Jackson reads them back ({@link LtiSessions}). Written directly because every launch
 * writes it and Jackson's bean serialization cost the launch more than its own validation rules.
 */
final class PlatformServiceClaimsJson {

    private PlatformServiceClaimsJson() {
    }

    static String write(PlatformServiceClaims services) {
        StringBuilder json = new StringBuilder(256).append('{');
        uri(json, "agsLineItemsUrl", services.agsLineItemsUrl()).append(',');
        uri(json, "agsLineItemUrl", services.agsLineItemUrl()).append(',');
        string(json, "agsScopes").append(":[");
        boolean first = true;
        for (String scope : services.agsScopes()) {
            if (!first) {
                json.append(',');
            }
            string(json, scope);
            first = false;
        }
        json.append("],");
        return uri(json, "nrpsMembershipsUrl", services.nrpsMembershipsUrl()).append('}').toString();
    }

    private static StringBuilder uri(StringBuilder json, String name, URI value) {
        string(json, name).append(':');
        return value == null ? json.append("null") : string(json, value.toString());
    }

    /** A JSON string (RFC 8259 §7): quote, backslash and control characters escaped. */
    static StringBuilder string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            }
            else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            }
            else {
                json.append(c);
            }
        }
        return json.append('"');
    }
}
