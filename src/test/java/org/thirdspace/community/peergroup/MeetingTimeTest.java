package org.thirdspace.community.peergroup;

import org.junit.jupiter.api.Test;
import org.thirdspace.community.peergroup.formation.WorkingHours;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeetingTimeTest {

    private static WorkingHours at(int offsetMinutes, String window) {
        String[] parts = window.split("-");
        return new WorkingHours(offsetMinutes, minutes(parts[0]), minutes(parts[1]));
    }

    private static int minutes(String hhmm) {
        String[] p = hhmm.split(":");
        return Integer.parseInt(p[0]) * 60 + Integer.parseInt(p[1]);
    }

    /** Local minute of the day at which {@code utcMinute} falls for someone at {@code offset}. */
    private static int local(int utcMinute, int offset) {
        return Math.floorMod(utcMinute + offset, 1440);
    }

    @Test
    void londonBerlinAndNewYorkMeetInTheirSharedAfternoonMorning() {
        // Office hours 9–17: London (UTC+0) 09–17 UTC, Berlin (+1) 08–16 UTC, New York (−5) 14–22 UTC.
        // Everyone's hours overlap 14:00–16:00 UTC; an hour's meeting fits there.
        MeetingTime.Choice choice = MeetingTime.choose(List.of(at(0, "09:00-17:00"), at(60, "09:00-17:00"),
                at(-300, "09:00-17:00")), 60);

        assertThat(choice.suitsEveryone()).isTrue();
        assertThat(choice.withinHours()).isEqualTo(3);
        assertThat(choice.utcMinute()).isBetween(14 * 60, 15 * 60);
        // The middle of the shared window: 14:30 UTC leaves half an hour either side.
        assertThat(choice.utcMinute()).isEqualTo(14 * 60 + 30);
    }

    @Test
    void everyoneIsWithinHoursWhenAnyTimeAllowsIt() {
        // Mumbai (+05:30) 09:30–18:30, Kathmandu (+05:45) 10–18, Dubai (+4) 08–17, Paris (+1) 08:30–17:30.
        List<WorkingHours> hours = List.of(at(330, "09:30-18:30"), at(345, "10:00-18:00"), at(240, "08:00-17:00"),
                at(60, "08:30-17:30"));

        MeetingTime.Choice choice = MeetingTime.choose(hours, 45);

        assertThat(choice.suitsEveryone()).isTrue();
        for (WorkingHours h : hours) {
            int start = local(choice.utcMinute(), h.utcOffsetMinutes());
            assertThat(start).isGreaterThanOrEqualTo(h.startMinute());
            assertThat(start + 45).isLessThanOrEqualTo(h.endMinute());
        }
    }

    @Test
    void withoutACommonWindowTheTimeSuitsAsManyAsPossible() {
        // Tokyo (+9) 09–17 is 00–08 UTC; Los Angeles (−8) 09–17 is 17–01 UTC; São Paulo (−3) 09–17 is 12–20 UTC;
        // London 09–17 UTC. No hour suits all four, nor three: at most two at once (London with São Paulo,
        // Los Angeles with São Paulo, or Tokyo with Los Angeles at 00:00–01:00 UTC).
        List<WorkingHours> hours = List.of(at(540, "09:00-17:00"), at(-480, "09:00-17:00"), at(-180, "09:00-17:00"),
                at(0, "09:00-17:00"));

        MeetingTime.Choice choice = MeetingTime.choose(hours, 60);

        assertThat(choice.suitsEveryone()).isFalse();
        assertThat(choice.known()).isEqualTo(4);
        assertThat(choice.withinHours()).isEqualTo(bruteForceBest(hours, 60));
        assertThat(choice.withinHours()).isEqualTo(2);
    }

    @Test
    void aWindowThatWrapsPastMidnightUtcIsFollowed() {
        // Auckland (+13 in summer) 08–16 local is 19:00–03:00 UTC; Sydney (+11) 09–17 is 22:00–06:00 UTC.
        MeetingTime.Choice choice = MeetingTime.choose(List.of(at(780, "08:00-16:00"), at(660, "09:00-17:00")), 60);

        assertThat(choice.suitsEveryone()).isTrue();
        int utc = choice.utcMinute();
        assertThat(utc >= 22 * 60 || utc + 60 <= 3 * 60).as("start %d UTC", utc).isTrue();
    }

    @Test
    void unknownHoursNeitherCountNorBlock() {
        MeetingTime.Choice choice = MeetingTime.choose(Arrays.asList(null, at(60, "09:00-17:00"), null), 60);

        assertThat(choice.known()).isEqualTo(1);
        assertThat(choice.suitsEveryone()).isTrue();
        assertThat(MeetingTime.choose(Arrays.asList(null, null), 60).utcMinute()).isEqualTo(14 * 60);
    }

    @Test
    void theSameMembersGiveTheSameTimeInAnyOrder() {
        List<WorkingHours> hours = new ArrayList<>(List.of(at(0, "09:00-17:00"), at(120, "07:00-15:00"), at(-240, "10:00-18:00")));
        MeetingTime.Choice first = MeetingTime.choose(hours, 60);
        java.util.Collections.reverse(hours);

        assertThat(MeetingTime.choose(hours, 60)).isEqualTo(first);
    }

    @Test
    void aMeetingOfNoLengthOrLongerThanAWorkingDayIsRefused() {
        assertThatThrownBy(() -> MeetingTime.choose(List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MeetingTime.choose(List.of(), 9 * 60)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void groupingProfileValuesGiveTheHoursTheTimeIsChosenFrom() {
        Instant winter = Instant.parse("2026-12-04T12:00:00Z");
        WorkingHours tokyo = GroupingProfile.participant("a", Map.of("timezone", "Asia/Tokyo", "working_hours", "08:00-16:00"), winter).hours();
        WorkingHours berlin = GroupingProfile.participant("b", Map.of("custom_timezone", "Europe/Berlin"), winter).hours();

        // Tokyo 08–16 is 23:00–07:00 UTC; Berlin 09–17 (office hours) is 08:00–16:00 UTC: no common hour.
        MeetingTime.Choice choice = MeetingTime.choose(List.of(tokyo, berlin), 60);
        assertThat(choice.withinHours()).isEqualTo(1);

        WorkingHours delhi = GroupingProfile.participant("c", Map.of("utc_offset", "+05:30"), winter).hours();
        // Delhi 09–17 is 03:30–11:30 UTC: with Berlin 08:00–11:30, with Tokyo 03:30–07:00.
        assertThat(MeetingTime.choose(List.of(tokyo, berlin, delhi), 60).withinHours()).isEqualTo(2);
    }

    /** The most members any quarter-hour start suits, counted minute by minute from the outside. */
    private static int bruteForceBest(List<WorkingHours> hours, int duration) {
        int best = 0;
        for (int start = 0; start < 1440; start += 15) {
            int count = 0;
            for (WorkingHours h : hours) {
                boolean inside = true;
                for (int m = start; m < start + duration; m++) {
                    int local = Math.floorMod(m + h.utcOffsetMinutes(), 1440);
                    boolean working = h.startMinute() < h.endMinute() ? local >= h.startMinute() && local < h.endMinute()
                            : local >= h.startMinute() || local < h.endMinute();
                    inside &= working;
                }
                count += inside ? 1 : 0;
            }
            best = Math.max(best, count);
        }
        return best;
    }
}
