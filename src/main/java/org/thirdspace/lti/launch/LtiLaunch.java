package org.thirdspace.lti.launch;

import org.thirdspace.community.course.RoleSet;
import org.thirdspace.community.person.PersonProfile;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A verified LTI 1.3 launch message, read into plain values: what the rest of the tool needs to
 * know, without JWTs or claim URIs.
 */
public record LtiLaunch(UUID registrationId, String issuer, String clientId, String deploymentId, String messageType,
                        String subject, PersonProfile profile, RoleSet roles, List<String> declaredRoles,
                        Context context, Link resourceLink, String targetLinkUri, Presentation presentation,
                        Map<String, String> custom, Services services, DeepLinkingSettings deepLinking,
                        Platform platform, Instant expiresAt) {

    public boolean isDeepLinking() {
        return LtiClaims.DEEP_LINKING_REQUEST.equals(messageType);
    }

    /** The course the launch came from; null for launches outside a course. */
    public record Context(String id, String label, String title, List<String> types) {
    }

    /** The placement that was clicked (resource link launches only). */
    public record Link(String id, String title, String description) {
    }

    /** How the platform shows the tool ({@code launch_presentation}). */
    public record Presentation(String documentTarget, String returnUrl, String locale, Integer width, Integer height) {
        public static final Presentation NONE = new Presentation(null, null, null, null, null);
    }

    /** LTI Advantage service endpoints the launch offers; null fields are services not offered. */
    public record Services(String membershipsUrl, List<String> namesRolesVersions,
                           String lineItemsUrl, String lineItemUrl, List<String> gradeScopes,
                           String groupsUrl, String groupSetsUrl) {
        public static final Services NONE = new Services(null, List.of(), null, null, List.of(), null, null);
    }

    /** {@code deep_linking_settings} of an LtiDeepLinkingRequest (Deep Linking 2.0 §4.4.1). */
    public record DeepLinkingSettings(String returnUrl, List<String> acceptTypes, List<String> acceptPresentationTargets,
                                      List<String> acceptMediaTypes, boolean acceptMultiple, boolean acceptLineItem,
                                      boolean autoCreate, String title, String text, String data) {
    }

    /** {@code tool_platform}: which product the platform is, for quirks and for admins. */
    public record Platform(String guid, String name, String productFamilyCode, String version) {
        static final Platform UNKNOWN = new Platform(null, null, null, null);
    }
}
