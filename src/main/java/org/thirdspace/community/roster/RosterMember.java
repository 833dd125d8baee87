package org.thirdspace.community.roster;

import org.thirdspace.community.course.RoleSet;
import org.thirdspace.community.person.PersonProfile;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One member of a course as the LMS lists them: the stable {@code subject} (the LTI {@code sub},
 * NRPS {@code user_id}), what the LMS chose to tell about them (any field may be absent), their
 * normalised roles and status, the resource link's custom values for them, the identifiers the LMS
 * keeps besides {@code sub}, and the keys of the groups they are in — {@code null} when the LMS did
 * not say, which is different from "in no group".
 */
public record RosterMember(String subject, PersonProfile profile, RoleSet roles, RosterStatus status,
                           Map<String, String> custom, String sourcedId, String legacyUserId, List<String> groupKeys) {

    public RosterMember {
        Objects.requireNonNull(subject);
        Objects.requireNonNull(profile);
        Objects.requireNonNull(roles);
        Objects.requireNonNull(status);
        custom = custom == null ? Map.of() : Map.copyOf(custom);
        groupKeys = groupKeys == null ? null : List.copyOf(groupKeys);
    }

    /**
     * The profile to keep when this listing meets what the tool knew: fields the LMS left out (its
     * privacy settings for services may differ from launches) keep their known value, and the
     * locale, which rosters do not carry, is never touched.
     */
    public PersonProfile mergedInto(PersonProfile known) {
        return new PersonProfile(
                or(profile.displayName(), known.displayName()),
                or(profile.givenName(), known.givenName()),
                or(profile.familyName(), known.familyName()),
                or(profile.email(), known.email()),
                or(profile.pictureUrl(), known.pictureUrl()),
                known.locale());
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
