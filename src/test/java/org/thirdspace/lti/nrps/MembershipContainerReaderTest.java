package org.thirdspace.lti.nrps;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.lms.RosterPage;
import org.thirdspace.application.lms.ServiceRefused;
import org.thirdspace.community.course.CourseRole;
import org.thirdspace.community.roster.RosterMember;
import org.thirdspace.community.roster.RosterStatus;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MembershipContainerReaderTest {

    private static final URI PAGE = URI.create("https://lms.example.com/nrps/7");

    private static RosterPage read(String members) throws ServiceRefused {
        return MembershipContainerReader.read("{\"id\": \"x\", \"members\": [" + members + "]}", PAGE, List.of());
    }

    @Test
    void readsEveryMemberField() throws ServiceRefused {
        RosterPage page = read("""
                {"status": "Active", "name": "Jane Q. Public", "picture": "https://platform.example.edu/jane.jpg",
                 "given_name": "Jane", "family_name": "Doe", "email": "jane@platform.example.edu",
                 "user_id": "0ae836b9-7fc9-4060-006f-27b2066ac545", "lis_person_sourcedid": "59254-6782-12ab",
                 "lti11_legacy_user_id": "668321221-2879", "roles": ["http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"]}""");
        RosterMember jane = page.members().get(0);
        assertThat(jane.subject()).isEqualTo("0ae836b9-7fc9-4060-006f-27b2066ac545");
        assertThat(jane.profile().displayName()).isEqualTo("Jane Q. Public");
        assertThat(jane.profile().givenName()).isEqualTo("Jane");
        assertThat(jane.profile().familyName()).isEqualTo("Doe");
        assertThat(jane.profile().email()).isEqualTo("jane@platform.example.edu");
        assertThat(jane.profile().pictureUrl()).isEqualTo("https://platform.example.edu/jane.jpg");
        assertThat(jane.sourcedId()).isEqualTo("59254-6782-12ab");
        assertThat(jane.legacyUserId()).isEqualTo("668321221-2879");
        assertThat(jane.roles().courseRoles()).containsExactly(CourseRole.INSTRUCTOR);
        assertThat(jane.status()).isEqualTo(RosterStatus.ACTIVE);
        assertThat(jane.groupKeys()).as("not said").isNull();
        assertThat(jane.custom()).isEmpty();
    }

    @Test
    void normalisesEveryRoleForm() throws ServiceRefused {
        RosterPage page = read("""
                {"user_id": "a", "roles": ["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"]},
                {"user_id": "b", "roles": ["Learner"]},
                {"user_id": "c", "roles": ["urn:lti:role:ims/lis/Learner"]},
                {"user_id": "d", "roles": ["urn:lti:role:ims/lis/Instructor/TeachingAssistant"]},
                {"user_id": "e", "roles": ["http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator"]},
                {"user_id": "f", "roles": ["http://example.com/roles#Astronaut", 42]}""");
        assertThat(page.members()).extracting(m -> m.roles().courseRoles()).containsExactly(
                Set.of(CourseRole.LEARNER), Set.of(CourseRole.LEARNER), Set.of(CourseRole.LEARNER),
                Set.of(CourseRole.TEACHING_ASSISTANT), Set.of(), Set.of());
        assertThat(page.members().get(4).roles().organisationAdministrator()).isTrue();
    }

    @Test
    void readsStatusesAndTreatsAnUnknownOneAsInactive() throws ServiceRefused {
        RosterPage page = read("""
                {"user_id": "a", "roles": [], "status": "Active"}, {"user_id": "b", "roles": [], "status": "Inactive"},
                {"user_id": "c", "roles": [], "status": "Deleted"}, {"user_id": "d", "roles": []},
                {"user_id": "e", "roles": [], "status": "inactive"}, {"user_id": "f", "roles": [], "status": "Suspended"}""");
        assertThat(page.members()).extracting(RosterMember::status).containsExactly(RosterStatus.ACTIVE, RosterStatus.INACTIVE,
                RosterStatus.DELETED, RosterStatus.ACTIVE, RosterStatus.INACTIVE, RosterStatus.INACTIVE);
        assertThat(page.problems()).isEqualTo(1);
        assertThat(page.lastProblem()).contains("member 6").contains("unknown status");
    }

    @Test
    void keepsTheResourceLinksCustomValuesAndTheGroups() throws ServiceRefused {
        RosterPage page = read("""
                {"user_id": "a", "roles": ["Learner"],
                 "message": [{"https://purl.imsglobal.org/spec/lti/claim/message_type": "LtiResourceLinkRequest",
                              "https://purl.imsglobal.org/spec/lti/claim/custom": {"cohort": "B", "level": 3, "nested": {"x": 1}}}],
                 "group_enrollments": [{"group_id": "g1"}, {"group_id": 42}, {"nothing": true}]},
                {"user_id": "b", "roles": [], "group_enrollments": []}""");
        assertThat(page.members().get(0).custom()).isEqualTo(Map.of("cohort", "B", "level", "3"));
        assertThat(page.members().get(0).groupKeys()).containsExactly("g1", "42");
        assertThat(page.members().get(1).groupKeys()).as("in no group").isEmpty();
    }

    @Test
    void leavesOutAMemberWhoseUserIdCannotBeStored() throws ServiceRefused {
        RosterPage page = read("{\"user_id\": \"" + "x".repeat(256) + "\", \"roles\": []}, {\"user_id\": \"ok\", \"roles\": []}");
        assertThat(page.members()).extracting(RosterMember::subject).containsExactly("ok");
        assertThat(page.problems()).isEqualTo(1);
    }

    @Test
    void refusesPagesAndMembersThatBreakTheSpec() {
        assertThatThrownBy(() -> MembershipContainerReader.read("not json", PAGE, List.of()))
                .isInstanceOf(ServiceRefused.class).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> MembershipContainerReader.read("{\"id\": \"x\"}", PAGE, List.of()))
                .hasMessageContaining("no members array");
        assertThatThrownBy(() -> read("{\"roles\": []}")).hasMessageContaining("member 1 has no user_id");
        assertThatThrownBy(() -> read("{\"user_id\": \"a\", \"roles\": []}, {\"user_id\": \"b\"}"))
                .hasMessageContaining("member 2 has no roles array");
        assertThatThrownBy(() -> read("\"a\"")).hasMessageContaining("member 1 is not an object");
    }

    @Test
    void readsTheNextAndDifferencesLinks() throws ServiceRefused {
        RosterPage page = MembershipContainerReader.read("{\"members\": []}", PAGE,
                List.of("<https://lms.example.com/nrps/7?page=2>; rel=\"next\"", "</nrps/7?since=9>; rel=\"differences\""));
        assertThat(page.next()).hasToString("https://lms.example.com/nrps/7?page=2");
        assertThat(page.differences()).hasToString("https://lms.example.com/nrps/7?since=9");
        assertThat(page.members()).isEmpty();
    }
}
