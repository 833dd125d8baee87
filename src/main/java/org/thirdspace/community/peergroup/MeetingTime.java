package org.thirdspace.community.peergroup;

import org.thirdspace.community.peergroup.formation.WorkingHours;

import java.util.List;
import java.util.Objects;

/**
 * The time of the UTC day a peer group meets: within every member's working hours where possible,
 * else within as many members' hours as possible (the best overlap). Members whose hours are
 * unknown do not count either way, as in forming (unknown never blocks).
 *
 * <p>Candidates are the quarter hours of the UTC day, so offsets such as +05:45 are exact. Among the
 * candidates that suit the most members, the one that keeps the member closest to an edge of their
 * working day furthest from it is taken (the largest smallest margin; then the largest sum of
 * margins): a meeting in the middle of the shared window, so that nobody gets the first or last
 * hour of their day when another time suits everyone as well. Ties go to the earliest candidate,
 * so the choice is the same for the same members in any order.
 *
 * <p>The time is chosen with the members' offsets at the time of choosing; a series keeps its UTC
 * time (RFC 5545 DTSTART in UTC), so a change to or from summer time moves it by an hour locally.
 */
public final class MeetingTime {

    static final int STEP = 15;
    static final int DAY = 24 * 60;
    /** When nobody's hours are known: mid-morning in the Americas, afternoon in Europe and Africa. */
    static final int NOBODY_KNOWN = 14 * 60;

    private MeetingTime() {
    }

    /**
     * @param utcMinute   the start, in minutes of the UTC day
     * @param withinHours how many members with known hours have the whole meeting within them
     * @param known       how many members' hours are known
     */
    public record Choice(int utcMinute, int durationMinutes, int withinHours, int known) {

        /** Whether the meeting lies within the working hours of everyone whose hours are known. */
        public boolean suitsEveryone() {
            return withinHours == known;
        }
    }

    /**
     * @param hours           the members' working hours; null entries are members whose hours are unknown
     * @param durationMinutes how long a meeting lasts (15 minutes to 8 hours)
     */
    public static Choice choose(List<WorkingHours> hours, int durationMinutes) {
        if (durationMinutes < STEP || durationMinutes > 8 * 60) {
            throw new IllegalArgumentException("a meeting lasts between 15 minutes and 8 hours");
        }
        List<WorkingHours> known = hours.stream().filter(Objects::nonNull).toList();
        if (known.isEmpty()) {
            return new Choice(NOBODY_KNOWN, durationMinutes, 0, 0);
        }
        int best = -1;
        int bestCount = -1;
        int bestLeast = -1;
        long bestRoom = -1;
        for (int start = 0; start < DAY; start += STEP) {
            int count = 0;
            int least = Integer.MAX_VALUE;
            long room = 0;
            for (WorkingHours h : known) {
                int margin = margin(h, start, durationMinutes);
                if (margin >= 0) {
                    count++;
                    least = Math.min(least, margin);
                    room += margin;
                }
            }
            boolean better = count > bestCount
                    || count == bestCount && (least > bestLeast || least == bestLeast && room > bestRoom);
            if (better) {
                best = start;
                bestCount = count;
                bestLeast = least;
                bestRoom = room;
            }
        }
        return new Choice(best, durationMinutes, bestCount, known.size());
    }

    /**
     * Minutes between the meeting and the nearer edge of the person's working window, or -1 when
     * the meeting does not lie entirely within it. The window may wrap past midnight UTC.
     */
    static int margin(WorkingHours hours, int utcStart, int duration) {
        int length = Math.floorMod(hours.endMinute() - hours.startMinute(), DAY);
        if (length == 0) {
            length = DAY;
        }
        int windowStartUtc = Math.floorMod(hours.startMinute() - hours.utcOffsetMinutes(), DAY);
        int intoWindow = Math.floorMod(utcStart - windowStartUtc, DAY);
        int after = length - intoWindow - duration;
        if (after < 0) {
            return -1;
        }
        return Math.min(intoWindow, after);
    }
}
