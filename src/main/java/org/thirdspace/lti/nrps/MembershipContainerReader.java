package org.thirdspace.lti.nrps;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.thirdspace.application.lms.RosterPage;
import org.thirdspace.application.lms.ServiceRefused;
import org.thirdspace.community.person.PersonProfile;
import org.thirdspace.community.roster.RosterMember;
import org.thirdspace.community.roster.RosterStatus;
import org.thirdspace.lti.launch.LtiClaims;
import org.thirdspace.lti.launch.RoleVocabulary;

import java.net.URI;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a membership container (NRPS 2.0 §2.3–2.4) into roster members.
 *
 * <ul>
 *   <li>{@code members} must be an array and every member needs {@code user_id} and {@code roles}
 *       (§2.4.1): a page without them is malformed, and the run stops rather than guess.</li>
 *   <li>Roles in every form platforms send (full URIs, short names, LTI 1.1 URNs) are normalised.</li>
 *   <li>{@code status} defaults to Active; Inactive and Deleted take access away; an unknown
 *       value is treated as Inactive (least privilege) and reported.</li>
 *   <li>With {@code rlid}, each member's {@code message} array carries the resource link's claims
 *       for them (§2.5): the custom values are kept.</li>
 *   <li>{@code group_enrollments} (Course Groups Service 1.0) lists the member's groups; its absence
 *       is kept as "not said".</li>
 *   <li>A member whose {@code user_id} is longer than 255 characters cannot be stored; it is left
 *       out and reported instead of failing the whole roster.</li>
 * </ul>
 */
public final class MembershipContainerReader {

    static final int MAX_CUSTOM_VALUES = 50;

    private MembershipContainerReader() {
    }

    public static RosterPage read(String body, URI pageUrl, List<String> linkHeaders) throws ServiceRefused {
        Map<String, Object> container;
        try {
            container = JSONObjectUtils.parse(body);
        } catch (ParseException e) {
            throw malformed("the page is not a JSON object");
        }
        if (!(container.get("members") instanceof List<?> members)) {
            throw malformed("the page has no members array");
        }
        List<RosterMember> read = new ArrayList<>(members.size());
        int problems = 0;
        String lastProblem = null;
        int position = 0;
        for (Object item : members) {
            position++;
            if (!(item instanceof Map<?, ?> member)) {
                throw malformed("member " + position + " is not an object");
            }
            Object userId = member.get("user_id");
            if (!(userId instanceof String subject) || subject.isEmpty()) {
                throw malformed("member " + position + " has no user_id");
            }
            if (!(member.get("roles") instanceof List<?> roles)) {
                throw malformed("member " + position + " has no roles array");
            }
            if (subject.length() > 255) {
                problems++;
                lastProblem = "member " + position + " was left out: its user_id is longer than 255 characters";
                continue;
            }
            String rawStatus = text(member, "status", 20);
            RosterStatus status = status(rawStatus);
            if (rawStatus != null && status == null) {
                problems++;
                lastProblem = "member " + position + " has an unknown status; treated as Inactive";
                status = RosterStatus.INACTIVE;
            }
            read.add(new RosterMember(subject,
                    new PersonProfile(text(member, "name", 300), text(member, "given_name", 200), text(member, "family_name", 200),
                            text(member, "email", 320), text(member, "picture", 2048), null),
                    RoleVocabulary.normalise(strings(roles)),
                    status == null ? RosterStatus.ACTIVE : status,
                    custom(member.get("message")),
                    text(member, "lis_person_sourcedid", 255),
                    text(member, "lti11_legacy_user_id", 255),
                    groups(member.get("group_enrollments"))));
        }
        Map<String, URI> links = LinkHeader.parse(linkHeaders, pageUrl);
        return new RosterPage(read, links.get("next"), links.get("differences"), problems, lastProblem);
    }

    private static ServiceRefused malformed(String why) {
        return new ServiceRefused("malformed membership container: " + why);
    }

    private static RosterStatus status(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "active" -> RosterStatus.ACTIVE;
            case "inactive" -> RosterStatus.INACTIVE;
            case "deleted" -> RosterStatus.DELETED;
            default -> null;
        };
    }

    /** The custom values of the member's resource link message (NRPS 2.0 §2.5, {@code message[]}). */
    private static Map<String, String> custom(Object messages) {
        if (!(messages instanceof List<?> list)) {
            return Map.of();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Object message : list) {
            if (message instanceof Map<?, ?> claims && claims.get(LtiClaims.CUSTOM) instanceof Map<?, ?> custom) {
                for (Map.Entry<?, ?> entry : custom.entrySet()) {
                    if (values.size() >= MAX_CUSTOM_VALUES) {
                        break;
                    }
                    if (entry.getKey() instanceof String key && key.length() <= 255 && entry.getValue() != null
                            && !(entry.getValue() instanceof Map<?, ?>) && !(entry.getValue() instanceof List<?>)) {
                        String value = String.valueOf(entry.getValue());
                        values.putIfAbsent(key, value.length() > 1000 ? value.substring(0, 1000) : value);
                    }
                }
            }
        }
        return values;
    }

    /** {@code group_enrollments: [{"group_id": ...}]}; null when the platform says nothing about groups. */
    private static List<String> groups(Object enrollments) {
        if (!(enrollments instanceof List<?> list)) {
            return null;
        }
        List<String> keys = new ArrayList<>();
        for (Object enrollment : list) {
            if (enrollment instanceof Map<?, ?> map) {
                Object id = map.get("group_id");
                if (id instanceof String s && !s.isEmpty() && s.length() <= 255) {
                    keys.add(s);
                } else if (id instanceof Number n) {
                    keys.add(String.valueOf(n.longValue()));
                }
            }
        }
        return keys;
    }

    private static String text(Map<?, ?> map, String name, int max) {
        Object value = map.get(name);
        if (!(value instanceof String s) || s.isEmpty()) {
            return null;
        }
        return s.length() > max ? s.substring(0, max) : s;
    }

    private static List<String> strings(List<?> values) {
        List<String> strings = new ArrayList<>(values.size());
        for (Object value : values) {
            if (value instanceof String s) {
                strings.add(s);
            }
        }
        return strings;
    }
}
