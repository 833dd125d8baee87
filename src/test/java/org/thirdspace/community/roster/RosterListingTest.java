package org.thirdspace.community.roster;

import org.junit.jupiter.api.Test;
import org.thirdspace.community.course.CourseMembership;
import org.thirdspace.community.course.CourseRole;
import org.thirdspace.community.course.MembershipSource;
import org.thirdspace.community.course.RoleSet;
import org.thirdspace.community.person.Person;
import org.thirdspace.community.person.PersonProfile;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RosterListingTest {

    static final UUID ORG = UUID.randomUUID();
    static final UUID COURSE = UUID.randomUUID();
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final RoleSet LEARNER = new RoleSet(EnumSet.of(CourseRole.LEARNER), false, false);

    static RosterMember listed(String subject, String name, RosterStatus status) {
        return new RosterMember(subject, new PersonProfile(name, null, null, null, null, null), LEARNER, status, Map.of(),
                null, null, null);
    }

    @Test
    void someoneNewListedWithAccessIsCreatedWithAMembershipFromTheRoster() {
        RosterListing listing = new RosterListing(List.of(listed("new", "Ngozi", RosterStatus.ACTIVE)));
        RosterListing.People people = listing.people(ORG, Map.of(), NOW);
        assertThat(people.created()).singleElement().satisfies(p -> {
            assertThat(p.subject()).isEqualTo("new");
            assertThat(p.nameToShow()).isEqualTo("Ngozi");
        });
        RosterListing.Memberships memberships = listing.memberships(COURSE, people, Map.of(), NOW);
        assertThat(memberships.created()).singleElement().satisfies(m -> {
            assertThat(m.isActive()).isTrue();
            assertThat(m.personId()).isEqualTo(people.created().get(0).id());
        });
        assertThat(memberships.added()).isEqualTo(1);
        assertThat(memberships.seen()).as("a membership created now is not an earlier one the run saw").isEmpty();
    }

    @Test
    void someoneTheToolNeverKnewListedWithoutAccessIsNotCreated() {
        RosterListing listing = new RosterListing(List.of(listed("gone", "Gone", RosterStatus.DELETED),
                listed("idle", "Idle", RosterStatus.INACTIVE)));
        RosterListing.People people = listing.people(ORG, Map.of(), NOW);
        assertThat(people.created()).isEmpty();
        RosterListing.Memberships memberships = listing.memberships(COURSE, people, Map.of(), NOW);
        assertThat(memberships.created()).isEmpty();
        assertThat(memberships.added() + memberships.updated() + memberships.deactivated()).isZero();
    }

    @Test
    void aKnownMemberListedInactiveLosesAccessAndKeepsTheirPerson() {
        Person known = new Person(ORG, "ada", new PersonProfile("Ada", null, null, null, null, null), NOW.minusSeconds(3600));
        CourseMembership membership = new CourseMembership(COURSE, known.id(), LEARNER, MembershipSource.LAUNCH, NOW.minusSeconds(3600));
        RosterListing listing = new RosterListing(List.of(listed("ada", "Ada", RosterStatus.INACTIVE)));
        RosterListing.People people = listing.people(ORG, Map.of("ada", known), NOW);
        RosterListing.Memberships memberships = listing.memberships(COURSE, people, Map.of(known.id(), membership), NOW);
        assertThat(people.created()).isEmpty();
        assertThat(membership.isActive()).isFalse();
        assertThat(memberships.deactivated()).isEqualTo(1);
        assertThat(memberships.left()).as("whom, so that what the course gave them follows").containsExactly(known.id());
        assertThat(memberships.seen()).containsExactly(known.id());
    }

    @Test
    void aKnownMemberWhoseNameChangedIsUpdatedAndOneListedTwiceCountsOnce() {
        Person known = new Person(ORG, "ada", new PersonProfile("Ada", null, null, null, null, null), NOW.minusSeconds(3600));
        CourseMembership membership = new CourseMembership(COURSE, known.id(), LEARNER, MembershipSource.ROSTER, NOW.minusSeconds(3600));
        RosterListing listing = new RosterListing(List.of(listed("ada", "Ada", RosterStatus.ACTIVE),
                listed("ada", "Ada Okafor", RosterStatus.ACTIVE)));
        assertThat(listing.size()).isEqualTo(1);
        RosterListing.People people = listing.people(ORG, Map.of("ada", known), NOW);
        assertThat(people.changed()).containsExactly("ada");
        assertThat(known.nameToShow()).isEqualTo("Ada Okafor");
        RosterListing.Memberships memberships = listing.memberships(COURSE, people, Map.of(known.id(), membership), NOW);
        assertThat(memberships.updated()).isEqualTo(1);
        assertThat(memberships.added()).isZero();
    }

    @Test
    void onlyAFullRosterTakesAccessFromThoseItDidNotList() {
        assertThat(RosterSyncMode.FULL.removesUnlisted()).isTrue();
        assertThat(RosterSyncMode.DIFFERENCES.removesUnlisted()).isFalse();
    }
}
