package org.thirdspace.lti.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thirdspace.community.course.CourseRole;
import org.thirdspace.community.course.RoleSet;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RoleVocabularyTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
            "Instructor",
            "instructor",
            "urn:lti:role:ims/lis/Instructor",
            "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#PrimaryInstructor"})
    void everyFormOfInstructorIsInstructor(String role) {
        assertThat(RoleVocabulary.normalise(List.of(role)).courseRoles()).containsExactly(CourseRole.INSTRUCTOR);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant",
            "TeachingAssistant",
            "urn:lti:role:ims/lis/TeachingAssistant",
            "urn:lti:role:ims/lis/Instructor/TeachingAssistant"})
    void teachingAssistantsAreTeachingAssistants(String role) {
        assertThat(RoleVocabulary.normalise(List.of(role)).courseRoles()).containsExactly(CourseRole.TEACHING_ASSISTANT);
    }

    @Test
    void learnersInEveryForm() {
        for (String role : List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner", "Learner",
                "urn:lti:role:ims/lis/Learner", "urn:lti:role:ims/lis/Learner/NonCreditLearner")) {
            RoleSet roles = RoleVocabulary.normalise(List.of(role));
            assertThat(roles.courseRoles()).as(role).containsExactly(CourseRole.LEARNER);
            assertThat(roles.teaches()).isFalse();
        }
    }

    @Test
    void institutionAndSystemAdministratorsAdministerTheOrganisationButTeachNothing() {
        for (String role : List.of("http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator",
                "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator",
                "http://purl.imsglobal.org/vocab/lis/v2/system/person#SysAdmin",
                "urn:lti:instrole:ims/lis/Administrator", "urn:lti:sysrole:ims/lis/SysAdmin")) {
            RoleSet roles = RoleVocabulary.normalise(List.of(role));
            assertThat(roles.organisationAdministrator()).as(role).isTrue();
            assertThat(roles.courseRoles()).as(role).isEmpty();
            assertThat(roles.teaches()).isFalse();
        }
    }

    @Test
    void otherInstitutionRolesGiveNothing() {
        RoleSet roles = RoleVocabulary.normalise(List.of("http://purl.imsglobal.org/vocab/lis/v2/institution/person#Faculty",
                "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student"));
        assertThat(roles).isEqualTo(RoleSet.NONE);
    }

    @Test
    void unknownRolesAreDroppedForLeastPrivilege() {
        RoleSet roles = RoleVocabulary.normalise(List.of("http://example.com/vocab#Owner", "Superuser",
                "urn:lti:role:ims/lis/Wizard", "http://purl.imsglobal.org/vocab/lis/v2/membership#Overlord", ""));
        assertThat(roles).isEqualTo(RoleSet.NONE);
    }

    @Test
    void theContextAdministratorRoleIsACourseRole() {
        RoleSet roles = RoleVocabulary.normalise(List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Administrator"));
        assertThat(roles.courseRoles()).containsExactly(CourseRole.COURSE_ADMINISTRATOR);
        assertThat(roles.organisationAdministrator()).isFalse();
    }

    @Test
    void testUsersAreMarked() {
        assertThat(RoleVocabulary.normalise(List.of("http://purl.imsglobal.org/vocab/lti/system/person#TestUser")).testUser()).isTrue();
    }
}
