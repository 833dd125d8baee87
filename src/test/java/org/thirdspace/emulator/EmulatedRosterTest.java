package org.thirdspace.emulator;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EmulatedRosterTest {

    @Test
    void theListingIsTheDirectoryPeopleThenTheGeneratedOnesWithoutDeletedMembers() {
        EmulatedRoster roster = new EmulatedRoster(List.of("ada", "ben"), 5, 2, 0);
        assertThat(roster.listing(0, 100)).containsExactly("ada", "ben", "m0", "m1", "m2", "m3", "m4");
        roster.change("m1", new EmulatedRoster.Change("Deleted", null, null));
        roster.change("ben", new EmulatedRoster.Change("Deleted", null, null));
        roster.change("m3", new EmulatedRoster.Change("Inactive", null, null));
        assertThat(roster.listing(0, 100)).containsExactly("ada", "m0", "m2", "m3", "m4");
        assertThat(roster.listing(2, 2)).containsExactly("m2", "m3");
        assertThat(roster.listed()).isEqualTo(5);
        assertThat(roster.status("m3")).isEqualTo("Inactive");
        assertThat(roster.status("m1")).isEqualTo("Deleted");
    }

    @Test
    void differencesListWhatChangedSinceAVersionIncludingResizes() {
        EmulatedRoster roster = new EmulatedRoster(List.of("ada"), 10, 100, 0);
        long start = roster.version();
        roster.change("m2", new EmulatedRoster.Change("Deleted", null, null));
        assertThat(roster.changedSince(start, 0, 100)).containsExactly("m2");
        long afterDelete = roster.version();
        roster.configure(7, null, null);
        assertThat(roster.changedSince(afterDelete, 0, 100)).containsExactly("m7", "m8", "m9");
        assertThat(roster.status("m8")).isEqualTo("Deleted");
        assertThat(roster.changedSince(start, 0, 100)).containsExactly("m2", "m7", "m8", "m9");
        assertThat(roster.changedSince(start, 1, 2)).containsExactly("m7", "m8");
        assertThat(roster.changedSince(roster.version(), 0, 100)).isEmpty();
    }

    @Test
    void whenEveryoneChangedTheDifferencesListEveryone() {
        EmulatedRoster roster = new EmulatedRoster(List.of("ada"), 3, 100, 0);
        long before = roster.version();
        roster.everyoneChanged();
        assertThat(roster.version()).isGreaterThan(before);
        assertThat(roster.changedSince(before, 0, 100)).containsExactly("ada", "m0", "m1", "m2");
        assertThat(roster.changedSince(roster.version(), 0, 100)).isEmpty();
    }

    @Test
    void membersDeletedAfterEveryoneChangedAreStillListedAsDifferences() {
        // The course run ended (everyone carries course_end), then two people left the course: a
        // differences listing since before the end must still say they are Deleted.
        EmulatedRoster roster = new EmulatedRoster(List.of("ada"), 4, 100, 0);
        long before = roster.version();
        roster.everyoneChanged();
        roster.change("m1", new EmulatedRoster.Change("Deleted", null, null));
        roster.change("ada", new EmulatedRoster.Change("Deleted", null, null));
        roster.change("m2", new EmulatedRoster.Change("Inactive", null, null));
        assertThat(roster.changedSince(before, 0, 100)).containsExactly("m0", "m2", "m3", "ada", "m1");
        assertThat(roster.changedSince(before, 2, 2)).containsExactly("m3", "ada");
        assertThat(roster.changedSince(before, 4, 100)).containsExactly("m1");
    }

    @Test
    void aLargeRosterCostsNoMemberObjects() {
        EmulatedRoster roster = new EmulatedRoster(List.of(), 1_000_000, 1000, 0);
        assertThat(roster.listing(999_998, 10)).containsExactly("m999998", "m999999");
        assertThat(roster.listed()).isEqualTo(1_000_000);
    }
}
