package org.thirdspace.application.roster;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.community.course.CourseContext;
import org.thirdspace.community.course.CourseMembership;
import org.thirdspace.community.course.CourseRole;
import org.thirdspace.community.course.MembershipSource;
import org.thirdspace.community.course.RoleSet;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RosterPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private final UUID organisation = UUID.randomUUID();
    private final UUID person = UUID.randomUUID();
    private final CourseContext course = new CourseContext(organisation, "dep", "c1", "C1", "Course", NOW);
    private final CourseContext otherCourse = new CourseContext(organisation, "dep", "c2", "C2", "Other", NOW);

    private static RoleSet roles(CourseRole... roles) {
        return new RoleSet(roles.length == 0 ? EnumSet.noneOf(CourseRole.class) : EnumSet.copyOf(Set.of(roles)), false, false);
    }

    private CourseMembership membership(RoleSet roles) {
        return new CourseMembership(course.id(), person, roles, MembershipSource.ROSTER, NOW);
    }

    @Test
    void someoneWhoTeachesTheCourseTheyLaunchedFromMay() {
        for (CourseRole role : new CourseRole[] {CourseRole.INSTRUCTOR, CourseRole.TEACHING_ASSISTANT, CourseRole.CONTENT_DEVELOPER,
                CourseRole.COURSE_ADMINISTRATOR}) {
            assertThatCode(() -> RosterPolicy.requireFacilitator(new Requester(organisation, person, course.id(), roles(role)), course, null))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void aLearnerMayNotWhateverTheirOtherRoles() {
        Requester learner = new Requester(organisation, person, course.id(), roles(CourseRole.LEARNER, CourseRole.MENTOR));
        assertThatThrownBy(() -> RosterPolicy.requireFacilitator(learner, course, membership(roles(CourseRole.LEARNER))))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void teachingAnotherCourseIsNotEnoughButAnActiveTeachingMembershipIs() {
        Requester fromElsewhere = new Requester(organisation, person, otherCourse.id(), roles(CourseRole.INSTRUCTOR));
        assertThatThrownBy(() -> RosterPolicy.requireFacilitator(fromElsewhere, course, null)).isInstanceOf(AccessDenied.class);
        assertThatCode(() -> RosterPolicy.requireFacilitator(fromElsewhere, course, membership(roles(CourseRole.INSTRUCTOR))))
                .doesNotThrowAnyException();
        CourseMembership former = membership(roles(CourseRole.INSTRUCTOR));
        former.deactivate(NOW);
        assertThatThrownBy(() -> RosterPolicy.requireFacilitator(fromElsewhere, course, former)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void anOrganisationAdministratorMay() {
        Requester admin = new Requester(organisation, person, null, new RoleSet(EnumSet.noneOf(CourseRole.class), true, false));
        assertThatCode(() -> RosterPolicy.requireFacilitator(admin, course, null)).doesNotThrowAnyException();
    }

    @Test
    void aCourseOfAnotherOrganisationNeverReachesThePolicy() {
        Requester stranger = new Requester(UUID.randomUUID(), person, course.id(), new RoleSet(EnumSet.noneOf(CourseRole.class), true, false));
        assertThatThrownBy(() -> RosterPolicy.requireFacilitator(stranger, course, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
