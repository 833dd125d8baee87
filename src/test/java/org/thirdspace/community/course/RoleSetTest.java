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
}
