package org.thirdspace.application.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.lms.RosterPage;
import org.thirdspace.community.course.CourseMembership;
import org.thirdspace.community.course.MembershipSource;
import org.thirdspace.community.coursegroup.CourseGroupMember;
import org.thirdspace.community.coursegroup.CourseGroups;
import org.thirdspace.community.person.Person;
import org.thirdspace.community.person.PersonProfile;
import org.thirdspace.community.roster.RosterMember;
import org.thirdspace.community.roster.RosterPageOutcome;
import org.thirdspace.community.roster.Rosters;
import org.thirdspace.config.ToolSettings;

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
 * Applies one roster page in one transaction, with a handful of queries whatever the page size:
 * <ul>
 *   <li>a listed person the tool does not know yet is created (found by organisation and
 *       {@code sub}, never by e-mail) with an active course membership, so they are in the
 *       course's community before their first launch;</li>
 *   <li>names, e-mail, picture and roles follow the LMS; fields the LMS left out keep their value;</li>
 *   <li>Inactive and Deleted members lose access to the course; their person, posts and history stay;
 *       someone the tool never knew who is listed without access is not created at all;</li>
 *   <li>the groups a member is listed in ({@code group_enrollments}) replace their groups;</li>
 *   <li>everyone listed whose membership existed before the run is marked as seen by it (those it
 *       creates are its own), which is how a complete full roster later finds those it did not list;</li>
 *   <li>the run's progress is written in the same transaction.</li>
 * </ul>
 * Applying the same page twice changes nothing the second time.
 */
@ApplicationScoped
public class ApplyRosterPage {

    @Inject
    Rosters rosters;

    @Inject
    CourseGroups groups;

    @Inject
    ToolSettings settings;

    /**
     * Applies the page while the run holds the course's lease, and extends the lease in the same
     * transaction. Returns null, having changed nothing, when the lease was lost to another run.
     */
    @Transactional
    public RosterPageOutcome apply(RosterPlan plan, RosterPage page, Map<String, UUID> groupIds) {
        Instant now = Instant.now();
        if (!rosters.renewLease(plan.courseId(), plan.syncId(), now.plus(settings.rosterLease()))) {
            return null;
        }
        Map<String, RosterMember> listed = new LinkedHashMap<>();
        for (RosterMember member : page.members()) {
            listed.put(member.subject(), member);
        }
        // People first: created and changed ones are written by the memberships query below, before
        // any membership refers to them (the entities have no mapped relationship that would order the inserts).
        Map<String, Person> known = rosters.peopleBySubject(plan.organisationId(), listed.keySet());
        Map<String, Person> people = new HashMap<>();
        Map<String, Boolean> personChanged = new HashMap<>();
        List<Person> newPeople = new ArrayList<>();
        for (RosterMember member : listed.values()) {
            Person person = known.get(member.subject());
            if (person == null) {
                if (!member.status().grantsAccess()) {
                    continue;
                }
                person = new Person(plan.organisationId(), member.subject(), member.mergedInto(PersonProfile.EMPTY), now);
                person.recordLmsIdentifiers(member.sourcedId(), member.legacyUserId(), now);
                newPeople.add(person);
            } else {
                boolean changed = person.updateProfile(member.mergedInto(person.profile()), now);
                changed |= person.recordLmsIdentifiers(member.sourcedId(), member.legacyUserId(), now);
                personChanged.put(member.subject(), changed);
            }
            people.put(member.subject(), person);
        }
        rosters.addAll(newPeople, List.of());
        Map<UUID, CourseMembership> memberships = rosters.memberships(plan.courseId(),
                people.values().stream().map(Person::id).toList());
        List<CourseMembership> newMemberships = new ArrayList<>();
        int added = 0;
        int updated = 0;
        int deactivated = 0;
        // Memberships this run creates are its own; only those that existed before are marked as listed.
        List<UUID> seen = new ArrayList<>(listed.size());
        Map<UUID, List<String>> groupsOf = new HashMap<>();
        for (RosterMember member : listed.values()) {
            Person person = people.get(member.subject());
            if (person == null) {
                continue;
            }
            boolean access = member.status().grantsAccess();
            CourseMembership membership = memberships.get(person.id());
            if (membership == null) {
                if (!access) {
                    continue;
                }
                membership = new CourseMembership(plan.courseId(), person.id(), member.roles(), MembershipSource.ROSTER, now);
                membership.listInRoster(member.roles(), true, member.custom(), now);
                newMemberships.add(membership);
                added++;
            } else {
                boolean hadAccess = membership.isActive();
                boolean changed = membership.listInRoster(member.roles(), access, member.custom(), now);
                if (hadAccess && !access) {
                    deactivated++;
                } else if (changed || personChanged.getOrDefault(member.subject(), false)) {
                    updated++;
                }
                seen.add(person.id());
            }
            if (member.groupKeys() != null) {
                groupsOf.put(person.id(), member.groupKeys());
            }
        }
        rosters.addAll(List.of(), newMemberships);
        int unknownGroups = groupsOf.isEmpty() ? 0 : placeInGroups(plan.courseId(), groupsOf, seen, groupIds, now);
        rosters.markListed(plan.courseId(), seen, plan.syncId());
        int problems = page.problems() + (unknownGroups > 0 ? 1 : 0);
        String lastProblem = unknownGroups > 0
                ? unknownGroups + " group enrolment(s) name a group the Course Groups Service did not list"
                : page.lastProblem();
        RosterPageOutcome outcome = new RosterPageOutcome(listed.size(), added, updated, deactivated, problems, lastProblem);
        rosters.sync(plan.syncId()).orElseThrow().pageApplied(outcome, now);
        return outcome;
    }

    /**
     * Makes each member's groups those the roster lists ({@code groupIds}: the course's active
     * groups by key). Only people who were members before can be in groups already. Returns how
     * many listed group keys name no known group (the groups service was not offered or failed).
     */
    private int placeInGroups(UUID courseId, Map<UUID, List<String>> groupsOf, List<UUID> earlierMembers,
                              Map<String, UUID> groupIds, Instant now) {
        Set<UUID> activeGroups = new HashSet<>(groupIds.values());
        Map<UUID, Set<UUID>> current = new HashMap<>();
        Map<UUID, List<CourseGroupMember>> rows = new HashMap<>();
        List<UUID> mayHaveGroups = earlierMembers.stream().filter(groupsOf::containsKey).toList();
        for (CourseGroupMember row : mayHaveGroups.isEmpty() ? List.<CourseGroupMember>of() : groups.memberships(courseId, mayHaveGroups)) {
            current.computeIfAbsent(row.personId(), p -> new HashSet<>()).add(row.groupId());
            rows.computeIfAbsent(row.personId(), p -> new ArrayList<>()).add(row);
        }
        int unknown = 0;
        List<CourseGroupMember> joined = new ArrayList<>();
        for (Map.Entry<UUID, List<String>> entry : groupsOf.entrySet()) {
            UUID personId = entry.getKey();
            Set<UUID> wanted = new HashSet<>();
            for (String key : entry.getValue()) {
                UUID groupId = groupIds.get(key);
                if (groupId == null) {
                    unknown++;
                } else {
                    wanted.add(groupId);
                }
            }
            Set<UUID> have = current.getOrDefault(personId, Set.of());
            for (UUID groupId : wanted) {
                if (!have.contains(groupId)) {
                    joined.add(new CourseGroupMember(courseId, groupId, personId, now));
                }
            }
            for (CourseGroupMember row : rows.getOrDefault(personId, List.of())) {
                if (!wanted.contains(row.groupId()) && activeGroups.contains(row.groupId())) {
                    groups.remove(row);
                }
            }
        }
        groups.addAll(joined);
        return unknown;
    }
}
