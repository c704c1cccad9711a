package dev.laurel.tool.launch;

import java.net.URI;
import java.util.Set;

/**
 * The LTI Advantage service endpoints a launch carried: AGS line items (with the granted scopes) and NRPS
 * memberships. Any of them may be absent ({@code null} URLs, empty scopes).
 *
 * @param agsLineItemsUrl the context's line-items container ({@code lineitems}), may carry a query string (Moodle)
 * @param agsLineItemUrl the resource link's own line item ({@code lineitem}), when the platform made one
 * @param agsScopes the AGS scopes the platform grants the tool
 * @param nrpsMembershipsUrl the context's memberships URL ({@code context_memberships_url})
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#assignment-and-grade-service-claim">AGS 2.0 §3.1 claim</a>
 * @see <a href="https://www.imsglobal.org/spec/lti-nrps/v2p0/#lti-1-3-integration">NRPS 2.0 §3.6 claim</a>
 */
public record PlatformServiceClaims(URI agsLineItemsUrl, URI agsLineItemUrl, Set<String> agsScopes,
        URI nrpsMembershipsUrl) {

    public PlatformServiceClaims {
        agsScopes = agsScopes == null ? Set.of() : Set.copyOf(agsScopes);
    }

    /** No services at all. */
    public static PlatformServiceClaims none() {
        return new PlatformServiceClaims(null, null, Set.of(), null);
    }

    /** Whether the platform offers AGS line items to this context. */
    public boolean hasAgs() {
        return agsLineItemsUrl != null || agsLineItemUrl != null;
    }

    /** Whether the platform offers NRPS to this context. */
    public boolean hasNrps() {
        return nrpsMembershipsUrl != null;
    }
}
