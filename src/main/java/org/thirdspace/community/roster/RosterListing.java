package org.thirdspace.community.roster;

import org.thirdspace.community.course.CourseMembership;
import org.thirdspace.community.course.MembershipSource;
import org.thirdspace.community.person.Person;
import org.thirdspace.community.person.PersonProfile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The members one page of a course's roster lists, and what the tool decides about each of them:
 * <ul>
 *   <li>a listed person the tool does not know yet is created (found by organisation and
 *       {@code sub}, never by e-mail) with an active course membership, so they are in the
 *       course's community before their first launch;</li>
 *   <li>names, e-mail, picture and roles follow the LMS; fields the LMS left out keep their value;</li>
 *   <li>Inactive and Deleted members lose access to the course; their person, posts and history stay;
 *       someone the tool never knew who is listed without access is not created at all;</li>
 *   <li>everyone listed whose membership existed before is marked as seen (those created now are
 *       new), which is how a complete full roster later finds those it did not list: they lose
 *       access then ({@link RosterSyncMode#removesUnlisted()}), never after an incomplete read.</li>
 * </ul>
 * A member listed twice on one page counts once, as last listed. Pure: the caller loads what is
 * known and stores what is decided.
 */
public final class RosterListing {

    private final Map<String, RosterMember> listed = new LinkedHashMap<>();

    public RosterListing(List<RosterMember> members) {
        for (RosterMember member : members) {
            listed.put(member.subject(), member);
        }
    }

    public Set<String> subjects() {
        return listed.keySet();
    }

    public int size() {
        return listed.size();
    }

    /**
     * The people of the listing: those the tool knew ({@code known}, by subject) brought up to date,
     * and new ones for members listed with access.
     */
    public People people(UUID organisationId, Map<String, Person> known, Instant now) {
        Map<String, Person> people = new HashMap<>();
        Set<String> changed = new HashSet<>();
        List<Person> created = new ArrayList<>();
        for (RosterMember member : listed.values()) {
            Person person = known.get(member.subject());
            if (person == null) {
                if (!member.status().grantsAccess()) {
                    continue;
                }
                person = new Person(organisationId, member.subject(), member.mergedInto(PersonProfile.EMPTY), now);
                person.recordLmsIdentifiers(member.sourcedId(), member.legacyUserId(), now);
                created.add(person);
            } else {
                boolean personChanged = person.updateProfile(member.mergedInto(person.profile()), now);
                personChanged |= person.recordLmsIdentifiers(member.sourcedId(), member.legacyUserId(), now);
                if (personChanged) {
                    changed.add(member.subject());
                }
            }
            people.put(member.subject(), person);
        }
        return new People(people, created, changed);
    }

    /**
     * The course memberships of the listing's people: existing ones ({@code existing}, by person id)
     * follow the listing's roles, access and custom values; new ones for people listed with access.
     */
    public Memberships memberships(UUID courseId, People people, Map<UUID, CourseMembership> existing, Instant now) {
        List<CourseMembership> created = new ArrayList<>();
        List<UUID> seen = new ArrayList<>(listed.size());
        Map<UUID, List<String>> groupKeys = new HashMap<>();
        int added = 0;
        int updated = 0;
        List<UUID> left = new ArrayList<>();
        for (RosterMember member : listed.values()) {
            Person person = people.bySubject().get(member.subject());
            if (person == null) {
                continue;
            }
            boolean access = member.status().grantsAccess();
            CourseMembership membership = existing.get(person.id());
            if (membership == null) {
                if (!access) {
                    continue;
                }
                membership = new CourseMembership(courseId, person.id(), member.roles(), MembershipSource.ROSTER, now);
                membership.listInRoster(member.roles(), true, member.custom(), now);
                created.add(membership);
                added++;
            } else {
                boolean hadAccess = membership.isActive();
                boolean changed = membership.listInRoster(member.roles(), access, member.custom(), now);
                if (hadAccess && !access) {
                    left.add(person.id());
                } else if (changed || people.changed().contains(member.subject())) {
                    updated++;
                }
                seen.add(person.id());
            }
            if (member.groupKeys() != null) {
                groupKeys.put(person.id(), member.groupKeys());
            }
        }
        return new Memberships(created, seen, groupKeys, added, updated, left);
    }

    /** The listing's people by subject, those created now, and the subjects of known people whose details changed. */
    public record People(Map<String, Person> bySubject, List<Person> created, Set<String> changed) {
    }

    /**
     * The memberships created now; the people whose membership existed before (seen by this run);
     * the group keys of every member the listing placed in groups ({@code null} keys — the LMS did
     * not say — are left out); the counts for the run's progress; and the people who had access and
     * lost it now (they left the course in the LMS).
     */
    public record Memberships(List<CourseMembership> created, List<UUID> seen, Map<UUID, List<String>> groupKeys,
                              int added, int updated, List<UUID> left) {

        public int deactivated() {
            return left.size();
        }
    }
}
