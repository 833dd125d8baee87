package org.thirdspace.community.peergroup.formation;

/**
 * When a person works, in their local time, and their offset from UTC. Overlap between people is
 * counted on the UTC day in quarter hours, so offsets such as +05:45 are exact. A window may wrap
 * past midnight (a start after the end).
 */
public record WorkingHours(int utcOffsetMinutes, int startMinute, int endMinute) {

    static final int SLOT_MINUTES = 15;
    static final int SLOTS = 24 * 60 / SLOT_MINUTES;

    public WorkingHours {
        if (utcOffsetMinutes < -14 * 60 || utcOffsetMinutes > 14 * 60) {
            throw new IllegalArgumentException("UTC offset out of range: " + utcOffsetMinutes);
        }
        if (startMinute < 0 || startMinute >= 1440 || endMinute < 0 || endMinute > 1440 || startMinute == endMinute) {
            throw new IllegalArgumentException("working window must be within one day and not empty");
        }
    }

    /** Nine to five at the given offset. */
    public static WorkingHours officeHours(int utcOffsetMinutes) {
        return new WorkingHours(utcOffsetMinutes, 9 * 60, 17 * 60);
    }

    /**
     * The quarter hours of the UTC day this window covers, as two words (slots 0–63 and 64–95). A
     * quarter hour counts when the window covers it entirely.
     */
    long[] utcSlots() {
        long[] slots = new long[2];
        int length = Math.floorMod(endMinute - startMinute, 1440);
        if (length == 0) {
            length = 1440;
        }
        int startUtc = Math.floorMod(startMinute - utcOffsetMinutes, 1440);
        int first = (startUtc + SLOT_MINUTES - 1) / SLOT_MINUTES;
        int count = (startUtc + length) / SLOT_MINUTES - first;
        for (int k = 0; k < count; k++) {
            int slot = (first + k) % SLOTS;
            slots[slot >> 6] |= 1L << (slot & 63);
        }
        return slots;
    }

    /** Minutes of the UTC day in the middle of the window: what people are sorted by before grouping. */
    int utcCentreMinute() {
        int length = Math.floorMod(endMinute - startMinute, 1440);
        return Math.floorMod(startMinute - utcOffsetMinutes + length / 2, 1440);
    }
}
