package org.thirdspace.lti.lti11;

import org.thirdspace.community.course.CourseContext;
import org.thirdspace.community.person.PersonProfile;
import org.thirdspace.lti.LtiRejection;
import org.thirdspace.lti.launch.Lti11Limits;
import org.thirdspace.lti.launch.LtiClaims;
import org.thirdspace.lti.launch.LtiLaunch;
import org.thirdspace.lti.launch.RoleVocabulary;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the parameters of an LTI 1.1 basic launch (IMS LTI 1.1 Implementation Guide §3, "Basic
 * Launch Data") into the {@link LtiLaunch} an LTI 1.3 launch would give: {@code user_id} identifies
 * the person (the tool keeps it as their LTI 1.1 user id), {@code roles} is a comma-separated list
 * of LIS role URNs or short names (normalised like 1.3 roles), {@code context_*},
 * {@code resource_link_*}, {@code lis_person_*}, {@code launch_presentation_*} and
 * {@code custom_*} are the counterparts of the 1.3 claims (1EdTech LTI Migration Guide, "LTI 1.1
 * parameters and their LTI 1.3 claims"). Required: {@code lti_message_type}
 * {@code basic-lti-launch-request}, {@code lti_version} {@code LTI-1p0} (1.1 keeps 1.0's value),
 * {@code resource_link_id}, and a {@code user_id} (the tool does not serve anonymous launches).
 */
final class Lti11MessageReader {

    static final String MESSAGE_TYPE = "basic-lti-launch-request";
    static final String CUSTOM_PREFIX = "custom_";

    private Lti11MessageReader() {
    }

    /** The launch, and the LTI 1.1 identifiers the 1.3 form has no place for. */
    record Read(LtiLaunch launch, String userId, String sourcedId) {
    }

    static Read read(Map<String, String> p, UUID organisationId, String launchUrl, Instant now) {
        if (!MESSAGE_TYPE.equals(p.get("lti_message_type"))) {
            throw bad("lti_message_type " + p.get("lti_message_type") + " is not " + MESSAGE_TYPE);
        }
        String version = p.get("lti_version");
        if (!"LTI-1p0".equals(version) && !"LTI-1p1".equals(version)) {
            throw bad("lti_version " + version + " is not LTI-1p0");
        }
        String linkId = p.get("resource_link_id");
        if (linkId == null || linkId.isEmpty() || linkId.length() > 255) {
            throw bad("resource_link_id missing or longer than 255 characters");
        }
        String userId = p.get("user_id");
        if (userId == null || userId.isEmpty()) {
            throw new LtiRejection(400, "lti.launch.anonymous", "LTI 1.1 launch without user_id (anonymous launch)");
        }
        if (userId.length() > Lti11Limits.MAX_USER_ID) {
            throw bad("user_id longer than " + Lti11Limits.MAX_USER_ID + " characters");
        }
        List<String> roles = p.get("roles") == null ? List.of()
                : Arrays.stream(p.get("roles").split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList();
        String locale = locale(p.get("launch_presentation_locale"));
        PersonProfile profile = new PersonProfile(limit(p.get("lis_person_name_full"), 300), limit(p.get("lis_person_name_given"), 200),
                limit(p.get("lis_person_name_family"), 200), limit(p.get("lis_person_contact_email_primary"), 320),
                limit(p.get("user_image"), 2048), locale);
        LtiLaunch launch = new LtiLaunch(organisationId, null, null, CourseContext.LTI11_DEPLOYMENT, LtiClaims.RESOURCE_LINK_REQUEST,
                null, profile, RoleVocabulary.normalise(roles), List.copyOf(roles), context(p),
                new LtiLaunch.Link(linkId, limit(p.get("resource_link_title"), 500), limit(p.get("resource_link_description"), 2000)),
                launchUrl, presentation(p, locale), custom(p), LtiLaunch.Services.NONE, null,
                new LtiLaunch.Platform(limit(p.get("tool_consumer_instance_guid"), 255), limit(p.get("tool_consumer_instance_name"), 255),
                        limit(p.get("tool_consumer_info_product_family_code"), 100), limit(p.get("tool_consumer_info_version"), 100)),
                now);
        return new Read(launch, userId, limit(p.get("lis_person_sourcedid"), 255));
    }

    private static LtiRejection bad(String reason) {
        return new LtiRejection(400, "lti.launch.bad-message", reason);
    }

    private static LtiLaunch.Context context(Map<String, String> p) {
        String id = p.get("context_id");
        if (id == null || id.isEmpty()) {
            return null;
        }
        if (id.length() > 255) {
            throw bad("context_id longer than 255 characters");
        }
        List<String> types = p.get("context_type") == null ? List.of() : List.of(p.get("context_type").split(","));
        return new LtiLaunch.Context(id, limit(p.get("context_label"), 255), limit(p.get("context_title"), 500), types);
    }

    private static LtiLaunch.Presentation presentation(Map<String, String> p, String locale) {
        return new LtiLaunch.Presentation(limit(p.get("launch_presentation_document_target"), 20),
                limit(p.get("launch_presentation_return_url"), 2048), locale,
                number(p.get("launch_presentation_width")), number(p.get("launch_presentation_height")));
    }

    /**
     * {@code custom_x} is the 1.3 custom claim's {@code x}. LTI 1.1 platforms lower-case custom
     * names and replace what is not a letter or digit by {@code _} (Implementation Guide §3.2).
     */
    private static Map<String, String> custom(Map<String, String> p) {
        Map<String, String> custom = new LinkedHashMap<>();
        p.forEach((name, value) -> {
            if (name.startsWith(CUSTOM_PREFIX) && name.length() > CUSTOM_PREFIX.length() && name.length() <= 255 && value != null) {
                custom.put(name.substring(CUSTOM_PREFIX.length()), value.length() > 4096 ? value.substring(0, 4096) : value);
            }
        });
        return Map.copyOf(custom);
    }

    /** {@code en_US} or {@code en-US}: a BCP 47 tag either way. */
    private static String locale(String value) {
        String tag = limit(value, 35);
        return tag == null ? null : Locale.forLanguageTag(tag.replace('_', '-')).toLanguageTag();
    }

    private static Integer number(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String limit(String value, int max) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return value.length() > max ? value.substring(0, max) : value;
    }
}
