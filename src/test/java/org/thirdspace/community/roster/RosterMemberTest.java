package org.thirdspace.community.roster;

import org.junit.jupiter.api.Test;
import org.thirdspace.community.course.RoleSet;
import org.thirdspace.community.person.PersonProfile;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RosterMemberTest {

    @Test
    void fieldsTheRosterLeavesOutKeepTheirValueAndTheLocaleIsNeverTouched() {
        PersonProfile known = new PersonProfile("Ada Okafor", "Ada", "Okafor", "ada@old.example", "https://pic/ada", "en-GB");
        RosterMember listed = new RosterMember("sub-ada", new PersonProfile(null, "Ada", "Okafor-Smith", "ada@new.example", null, null),
                RoleSet.NONE, RosterStatus.ACTIVE, Map.of(), null, null, null);
        assertThat(listed.mergedInto(known))
                .isEqualTo(new PersonProfile("Ada Okafor", "Ada", "Okafor-Smith", "ada@new.example", "https://pic/ada", "en-GB"));
    }

    @Test
    void onlyActiveGrantsAccess() {
        assertThat(RosterStatus.ACTIVE.grantsAccess()).isTrue();
        assertThat(RosterStatus.INACTIVE.grantsAccess()).isFalse();
        assertThat(RosterStatus.DELETED.grantsAccess()).isFalse();
    }
}
