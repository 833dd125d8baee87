package org.thirdspace.application.peergroup;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.course.CourseContext;
import org.thirdspace.community.course.CourseMembership;
import org.thirdspace.community.course.CourseRole;
import org.thirdspace.community.course.MembershipSource;
import org.thirdspace.community.course.RoleSet;
import org.thirdspace.community.peergroup.GroupingProfile;
import org.thirdspace.community.peergroup.formation.Participant;
import org.thirdspace.community.space.Space;
import org.thirdspace.fixture.Community;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.ORG;
import static org.thirdspace.fixture.TestData.OTHER_ORG;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;

class ProposePeerGroupsTest {

    private static final String[] DEPARTMENTS = {"Sales", "Finance", "Engineering", "Legal", "People", "Operations"};

    final Community community = new Community();
    final Space space = community.add(aSpace());
    final Actor facilitator = community.join(space, aMember().facilitator());
    final CourseContext course = new CourseContext(ORG, "deployment", "course-1", "C1", "Leading teams", NOW);
    final ProposePeerGroups propose = new ProposePeerGroups(community.spaceAccess(), community.spaces, community.courses);

    ProposePeerGroupsTest() {
        community.courses.add(course);
        community.spaces.linkCourse(space.id(), course.id(), facilitator.personId(), NOW);
    }

    private Actor learner(Map<String, String> custom, boolean active) {
        Actor actor = community.join(space, aMember());
        CourseMembership membership = new CourseMembership(course.id(), actor.personId(),
                new RoleSet(EnumSet.of(CourseRole.LEARNER), false, false), MembershipSource.ROSTER, NOW);
        membership.listInRoster(new RoleSet(EnumSet.of(CourseRole.LEARNER), false, false), active, custom, NOW);
        community.courses.add(membership);
        return actor;
    }

    @Test
    void facilitatorsSeeGroupsOfTheActiveLearnersDiverseAndSharingALanguage() {
        Set<UUID> english = new HashSet<>();
        for (int i = 0; i < 36; i++) {
            Actor a = learner(Map.of("custom_department", DEPARTMENTS[i % 6], "languages", i % 3 == 0 ? "en, fr" : "en",
                    "utc_offset", i % 2 == 0 ? "+01:00" : "+00:00"), true);
            english.add(a.personId());
        }
        Actor inactive = learner(Map.of("department", "Sales"), false);
        Actor optedOut = learner(Map.of("department", "Sales", "peer_groups", "opt-out"), true);

        ProposePeerGroups.Preview preview = propose.propose(facilitator, space.id(), 1L, NOW);

        assertThat(preview.attributes()).containsExactly("department");
        assertThat(preview.groups()).hasSize(6).allSatisfy(g -> {
            assertThat(g.members()).hasSize(6);
            assertThat(g.members().stream().map(m -> m.values().get("custom_department")).distinct()).hasSize(6);
        });
        Set<UUID> grouped = new HashSet<>();
        preview.groups().forEach(g -> g.members().forEach(m -> grouped.add(m.personId())));
        assertThat(grouped).isEqualTo(english).doesNotContain(inactive.personId(), facilitator.personId());
        assertThat(preview.unplaced()).singleElement().satisfies(u -> {
            assertThat(u.personId()).isEqualTo(optedOut.personId());
            assertThat(u.reason()).isEqualTo("OPTED_OUT");
        });
        assertThat(preview.report().ratioToRandom()).isGreaterThan(1.0);
        // The same roster and seed give the same proposal.
        assertThat(propose.propose(facilitator, space.id(), 1L, NOW).groups()).isEqualTo(preview.groups());
    }

    @Test
    void onlyFacilitatorsOfTheSpaceInTheirOrganisationMayPreview() {
        Actor member = learner(Map.of(), true);
        assertThatThrownBy(() -> propose.propose(member, space.id(), null, NOW)).isInstanceOf(AccessDenied.class);

        Actor outsider = community.person(aMember().facilitator().inOrganisation(OTHER_ORG));
        assertThatThrownBy(() -> propose.propose(outsider, space.id(), null, NOW)).isInstanceOf(NotFound.class);
    }

    @Test
    void customValuesAreReadLeniently() {
        Participant p = GroupingProfile.participant("x", Map.of("Custom_Function", "Finance", "TENURE_BAND", "3",
                "language", "EN;de", "timezone", "Asia/Kolkata", "working_hours", "08:30-16:30", "team", "t1"),
                Instant.parse("2026-01-15T00:00:00Z"));

        assertThat(p.categories()).containsEntry("department", "Finance");
        assertThat(p.numbers()).containsEntry("tenure", 3.0);
        assertThat(p.languages()).containsExactlyInAnyOrder("en", "de");
        assertThat(p.hours().utcOffsetMinutes()).isEqualTo(330);
        assertThat(p.hours().startMinute()).isEqualTo(510);
        assertThat(p.team()).isEqualTo("t1");
        assertThat(p.optedOut()).isFalse();

        Participant unknown = GroupingProfile.participant("y", Map.of("utc_offset", "later", "tenure", "long", "timezone", "Mars/Base"), NOW);
        assertThat(unknown.hours()).isNull();
        assertThat(unknown.numbers()).isEmpty();
        assertThat(GroupingProfile.participant("z", Map.of("utc_offset", "-5"), NOW).hours().utcOffsetMinutes()).isEqualTo(-300);
        assertThat(GroupingProfile.attributes(List.of(p, unknown))).extracting(a -> a.name()).containsExactly("department", "tenure");
    }
}
