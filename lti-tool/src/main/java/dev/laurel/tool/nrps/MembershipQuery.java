package dev.laurel.tool.nrps;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Query parameters of the membership GET: {@code role} filter, {@code rlid} for one resource link's members,
 * {@code limit} for the page size; null fields are not sent.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-nrps/v2p0#role-query-parameter">NRPS §2.4.1 role</a>
 * @see <a href="https://www.imsglobal.org/spec/lti-nrps/v2p0#resource-link-membership-service">NRPS §3 rlid</a>
 */
public record MembershipQuery(String role, String resourceLinkId, Integer limit) {

    public static MembershipQuery all() {
        return new MembershipQuery(null, null, null);
    }

    public MembershipQuery withRole(String value) {
        return new MembershipQuery(value, resourceLinkId, limit);
    }

    public MembershipQuery withResourceLinkId(String value) {
        return new MembershipQuery(role, value, limit);
    }

    public MembershipQuery withLimit(int value) {
        return new MembershipQuery(role, resourceLinkId, value);
    }

    Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("rlid", resourceLinkId);
        parameters.put("role", role);
        parameters.put("limit", limit);
        return parameters;
    }
}
