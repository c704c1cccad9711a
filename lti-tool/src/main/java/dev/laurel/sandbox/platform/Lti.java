package dev.laurel.sandbox.platform;

import java.util.List;

/**
 * The LTI 1.3 vocabulary the sandbox speaks: claim URIs, role URIs, service scopes and media types, exactly
 * as the specs spell them (<a href="https://www.imsglobal.org/spec/lti/v1p3/">LTI 1.3 Core</a>,
 * <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/">AGS 2.0</a>,
 * <a href="https://www.imsglobal.org/spec/lti-nrps/v2p0">NRPS 2.0</a>,
 * <a href="https://www.imsglobal.org/spec/lti-dl/v2p0">Deep Linking 2.0</a>).
 */
public final class Lti {

    private Lti() {
    }

    public static final String CLAIM = "https://purl.imsglobal.org/spec/lti/claim/";
    public static final String MESSAGE_TYPE = CLAIM + "message_type";
    public static final String VERSION = CLAIM + "version";
    public static final String DEPLOYMENT_ID = CLAIM + "deployment_id";
    public static final String TARGET_LINK_URI = CLAIM + "target_link_uri";
    public static final String RESOURCE_LINK = CLAIM + "resource_link";
    public static final String ROLES = CLAIM + "roles";
    public static final String CONTEXT = CLAIM + "context";
    public static final String TOOL_PLATFORM = CLAIM + "tool_platform";
    public static final String LAUNCH_PRESENTATION = CLAIM + "launch_presentation";
    public static final String CUSTOM = CLAIM + "custom";
    public static final String LIS = CLAIM + "lis";
    public static final String AGS_ENDPOINT = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    public static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    public static final String DL_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
    public static final String DL_CONTENT_ITEMS = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
    public static final String DL_DATA = "https://purl.imsglobal.org/spec/lti-dl/claim/data";
    public static final String DL_MSG = "https://purl.imsglobal.org/spec/lti-dl/claim/msg";
    public static final String DL_ERRORMSG = "https://purl.imsglobal.org/spec/lti-dl/claim/errormsg";
    public static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";
    public static final String PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration";

    public static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";
    public static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";
    public static final String DEEP_LINKING_RESPONSE = "LtiDeepLinkingResponse";
    public static final String LTI_VERSION = "1.3.0";

    public static final String ROLE_INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    public static final String ROLE_LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    public static final String ROLE_INSTITUTION_ADMIN = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator";
    public static final String ROLE_SYSTEM_ADMIN = "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator";
    public static final String CONTEXT_TYPE_COURSE_OFFERING = "http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering";

    public static final String SCOPE_LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public static final String SCOPE_LINEITEM_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
    public static final String SCOPE_RESULT_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";
    public static final String SCOPE_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    public static final String SCOPE_NRPS = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    public static final List<String> SERVICE_SCOPES = List.of(SCOPE_LINEITEM, SCOPE_LINEITEM_READONLY,
            SCOPE_RESULT_READONLY, SCOPE_SCORE, SCOPE_NRPS);
    public static final List<String> AGS_SCOPES = List.of(SCOPE_LINEITEM, SCOPE_LINEITEM_READONLY,
            SCOPE_RESULT_READONLY, SCOPE_SCORE);

    public static final String MEDIA_LINEITEM = "application/vnd.ims.lis.v2.lineitem+json";
    public static final String MEDIA_LINEITEM_CONTAINER = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    public static final String MEDIA_RESULT_CONTAINER = "application/vnd.ims.lis.v2.resultcontainer+json";
    public static final String MEDIA_SCORE = "application/vnd.ims.lis.v1.score+json";
    public static final String MEDIA_MEMBERSHIP_CONTAINER = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
}
