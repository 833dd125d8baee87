package org.thirdspace.application.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.lms.RosterPage;
import org.thirdspace.community.course.CourseMembership;
import org.thirdspace.community.coursegroup.CourseGroupMember;
import org.thirdspace.community.coursegroup.CourseGroups;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;
import org.thirdspace.community.roster.GroupPlacement;
import org.thirdspace.community.roster.RosterListing;
import org.thirdspace.community.roster.RosterMember;
import org.thirdspace.community.roster.RosterPageOutcome;
import org.thirdspace.community.roster.Rosters;
import org.thirdspace.config.ToolSettings;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Applies one roster page in one transaction, with a handful of queries whatever the page size: the
 * page's decisions ({@link RosterListing}: who is created, who follows the LMS, who loses access;
 * {@link GroupPlacement}: who is in which group) are made on what is loaded here, then stored;
 * everyone listed whose membership existed before the run is marked as seen by it, and the run's
 * progress is written in the same transaction. Applying the same page twice changes nothing the
 * second time.
 */
@ApplicationScoped
public class ApplyRosterPage {

    private Rosters rosters;
    private CourseGroups groups;
    private ToolSettings settings;

    protected ApplyRosterPage() {
    }

    /** People known by LTI 1.1 launches (absent in use-case tests that have none). */
    @Inject
    People lti11People;

    /**
     * Who left the course, and what the listing carried for those listed: what the course gave
     * them elsewhere follows (absent in use-case tests).
     */
    @Inject
    Event<CourseMembersLeft> membersLeft;

    @Inject
    Event<CourseMembersListed> membersListed;

    @Inject
    public ApplyRosterPage(Rosters rosters, CourseGroups groups, ToolSettings settings) {
        this.rosters = rosters;
        this.groups = groups;
        this.settings = settings;
    }

    /**
     * The listed people the tool knows: by subject, and, for a member the LMS lists with their LTI
     * 1.1 id ({@code lti11_legacy_user_id}, NRPS 2.0) whom the tool knows from LTI 1.1 launches
     * only, that person, who takes the subject (as with a launch's verified migration claim): the
     * LMS's own service, called with the tool's credentials, vouches for both ids.
     */
    private Map<String, Person> known(RosterPlan plan, RosterListing listing, RosterPage page, Instant now) {
        Map<String, Person> known = new HashMap<>(rosters.peopleBySubject(plan.organisationId(), listing.subjects()));
        if (lti11People == null) {
            return known;
        }
        for (RosterMember member : page.members()) {
            if (member.legacyUserId() != null && !known.containsKey(member.subject())) {
                lti11People.findByLti11UserId(plan.organisationId(), member.legacyUserId()).stream()
                        .filter(Person::knownOnlyByLti11).findFirst().ifPresent(person -> {
                            person.adoptSubject(member.subject(), now);
                            known.put(member.subject(), person);
                        });
            }
        }
        return known;
    }

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
        RosterListing listing = new RosterListing(page.members());
        // People first: created and changed ones are written by the memberships query below, before
        // any membership refers to them (the entities have no mapped relationship that would order the inserts).
        RosterListing.People people = listing.people(plan.organisationId(), known(plan, listing, page, now), now);
        rosters.addAll(people.created(), List.of());
        Map<UUID, CourseMembership> existing = rosters.memberships(plan.courseId(),
                people.bySubject().values().stream().map(Person::id).toList());
        RosterListing.Memberships memberships = listing.memberships(plan.courseId(), people, existing, now);
        rosters.addAll(List.of(), memberships.created());
        List<UUID> seen = memberships.seen();
        int unknownGroups = memberships.groupKeys().isEmpty() ? 0
                : placeInGroups(plan.courseId(), memberships.groupKeys(), seen, groupIds, now);
        rosters.markListed(plan.courseId(), seen, plan.syncId());
        int problems = page.problems() + (unknownGroups > 0 ? 1 : 0);
        String lastProblem = unknownGroups > 0
                ? unknownGroups + " group enrolment(s) name a group the Course Groups Service did not list"
                : page.lastProblem();
        RosterPageOutcome outcome = new RosterPageOutcome(listing.size(), memberships.added(), memberships.updated(),
                memberships.deactivated(), problems, lastProblem);
        rosters.sync(plan.syncId()).orElseThrow().pageApplied(outcome, now);
        if (membersLeft != null && !memberships.left().isEmpty()) {
            membersLeft.fire(new CourseMembersLeft(plan.courseId(), memberships.left(), now));
        }
        if (membersListed != null) {
            membersListed.fire(new CourseMembersListed(plan.courseId(), listedWithAccess(page, people), now));
        }
        return outcome;
    }

    private static Map<UUID, Map<String, String>> listedWithAccess(RosterPage page, RosterListing.People people) {
        Map<UUID, Map<String, String>> custom = new HashMap<>();
        for (RosterMember member : page.members()) {
            Person person = people.bySubject().get(member.subject());
            if (person != null && member.status().grantsAccess()) {
                custom.put(person.id(), member.custom());
            }
        }
        return custom;
    }

    /**
     * Places the listed members in their groups ({@code groupIds}: the course's active groups by
     * key). Only people who were members before can be in groups already. Returns how many listed
     * group keys name no known group.
     */
    private int placeInGroups(UUID courseId, Map<UUID, List<String>> groupKeys, List<UUID> earlierMembers,
                              Map<String, UUID> groupIds, Instant now) {
        List<UUID> mayHaveGroups = earlierMembers.stream().filter(groupKeys::containsKey).toList();
        List<CourseGroupMember> current = mayHaveGroups.isEmpty() ? List.of() : groups.memberships(courseId, mayHaveGroups);
        GroupPlacement placement = GroupPlacement.of(courseId, groupKeys, current, groupIds, now);
        placement.left().forEach(groups::remove);
        groups.addAll(placement.joined());
        return placement.unknown();
    }
}
