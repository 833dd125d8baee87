package org.thirdspace.community.course;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

class RoleSetTest {

    @Test
    void encodingIsStableAndReversible() {
        RoleSet roles = new RoleSet(EnumSet.of(CourseRole.LEARNER, CourseRole.MENTOR), true, true);
        assertThat(roles.encode()).isEqualTo("LEARNER,MENTOR,+ORG_ADMIN,+TEST_USER");
        assertThat(RoleSet.decode(roles.encode())).isEqualTo(roles);
        assertThat(RoleSet.decode("")).isEqualTo(RoleSet.NONE);
        assertThat(RoleSet.NONE.encode()).isEmpty();
    }

    @Test
    void onlyCourseShapingRolesTeach() {
        assertThat(new RoleSet(EnumSet.of(CourseRole.CONTENT_DEVELOPER), false, false).teaches()).isTrue();
        assertThat(new RoleSet(EnumSet.of(CourseRole.LEARNER, CourseRole.MENTOR), true, false).teaches()).isFalse();
    }

    @Test
    void onlyInstructorsContentDevelopersAndCourseAdministratorsDesignTheCourse() {
        for (CourseRole role : CourseRole.values()) {
            boolean designs = role == CourseRole.INSTRUCTOR || role == CourseRole.CONTENT_DEVELOPER
                    || role == CourseRole.COURSE_ADMINISTRATOR;
            assertThat(new RoleSet(EnumSet.of(role), false, false).designsCourse()).as(role.name()).isEqualTo(designs);
        }
        assertThat(new RoleSet(EnumSet.of(CourseRole.TEACHING_ASSISTANT, CourseRole.LEARNER), true, false).designsCourse())
                .as("an organisation administrator without a designing course role").isFalse();
        assertThat(RoleSet.NONE.designsCourse()).isFalse();
    }
}
