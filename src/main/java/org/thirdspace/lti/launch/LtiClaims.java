package org.thirdspace.lti.launch;

/**
 * Claim names of LTI 1.3 messages (LTI Core 1.3 §5.3–5.4, Deep Linking 2.0 §4.4, NRPS 2.0 §3.6.1,
 * AGS 2.0 §3.1, Course Groups 1.0).
 */
public final class LtiClaims {

    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

    public static final String MESSAGE_TYPE = LTI + "message_type";
    public static final String VERSION = LTI + "version";
    public static final String DEPLOYMENT_ID = LTI + "deployment_id";
    public static final String TARGET_LINK_URI = LTI + "target_link_uri";
    public static final String RESOURCE_LINK = LTI + "resource_link";
    public static final String ROLES = LTI + "roles";
    public static final String CONTEXT = LTI + "context";
    public static final String TOOL_PLATFORM = LTI + "tool_platform";
    public static final String LAUNCH_PRESENTATION = LTI + "launch_presentation";
    public static final String CUSTOM = LTI + "custom";
    public static final String LIS = LTI + "lis";
    public static final String ROLE_SCOPE_MENTOR = LTI + "role_scope_mentor";
    /** LTI 1.1 identifiers of the same launch (1EdTech LTI Migration Guide, "LTI 1.1 migration claim"). */
    public static final String LTI1P1 = LTI + "lti1p1";

    private static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
    public static final String DEEP_LINKING_SETTINGS = DL + "deep_linking_settings";
    public static final String CONTENT_ITEMS = DL + "content_items";
    public static final String DEEP_LINKING_DATA = DL + "data";
    public static final String DEEP_LINKING_MESSAGE = DL + "msg";
    public static final String DEEP_LINKING_ERROR_MESSAGE = DL + "errormsg";
    public static final String NAMES_ROLES_SERVICE = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    public static final String GRADE_SERVICE = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    public static final String GROUPS_SERVICE = "https://purl.imsglobal.org/spec/lti-gs/claim/groupsservice";

    public static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";
    public static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";
    public static final String DEEP_LINKING_RESPONSE = "LtiDeepLinkingResponse";
    public static final String LTI_VERSION = "1.3.0";

    private LtiClaims() {
    }
}
