package dev.laurel.tool.nrps;

import dev.laurel.tool.lti.LtiRoles;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Set;

/**
 * One member of a context as NRPS returns it; {@code status} is {@code Active}, {@code Inactive} or
 * {@code Deleted} (the last only in a {@code differences} answer). Personal data: never log it.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-nrps/v2p0#membership-container-media-type">NRPS §2.2 membership</a>
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Member(@JsonProperty("user_id") String userId, String status, String name,
        @JsonProperty("given_name") String givenName, @JsonProperty("family_name") String familyName,
        String email, @JsonProperty("lis_person_sourcedid") String sourcedId, String picture, List<String> roles) {

    /** The roles as full URIs. */
    public Set<String> normalizedRoles() {
        return LtiRoles.normalizeAll(roles);
    }

    /** NRPS: a member without status is active. */
    public String effectiveStatus() {
        return status == null || status.isBlank() ? "Active" : status;
    }

    @Override
    public String toString() {
        return "Member[userId=" + userId + ", status=" + status + "]";
    }
}
