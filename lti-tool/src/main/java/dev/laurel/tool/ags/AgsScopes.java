package dev.laurel.tool.ags;

import dev.laurel.tool.services.PlatformServiceException;
import dev.laurel.tool.services.PlatformServices;

/**
 * The AGS OAuth2 scopes, and which one a call uses given what the platform granted.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#assignment-and-grade-service-claim">AGS §3.1</a>
 */
public final class AgsScopes {

    public static final String LINE_ITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";

    public static final String LINE_ITEM_READ_ONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";

    public static final String RESULT_READ_ONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";

    public static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

    /** Error code when the platform did not grant the scope a call needs. */
    public static final String SCOPE_NOT_GRANTED = "ags_scope_not_granted";

    private AgsScopes() {
    }

    /** The scope for reading line items: {@code lineitem} when granted, else {@code lineitem.readonly}. */
    static String forReadingLineItems(PlatformServices services) {
        return services.grants(LINE_ITEM) ? LINE_ITEM : require(services, LINE_ITEM_READ_ONLY);
    }

    /** {@code scope}, or a {@code ags_scope_not_granted} failure when the platform did not grant it. */
    static String require(PlatformServices services, String scope) {
        if (!services.grants(scope)) {
            throw new PlatformServiceException(SCOPE_NOT_GRANTED, services.registrationId(), 0,
                    "the platform did not grant " + scope, null);
        }
        return scope;
    }
}
