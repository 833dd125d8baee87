package org.thirdspace.emulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The roster of one emulated course: the directory's people enrolled in it, then {@code size}
 * generated learners ({@code m0}, {@code m1}, …), with changes a test or a newcomer made (a member
 * marked Inactive or Deleted, renamed, the course resized). Every change gets a version, so that
 * the emulator can answer a differences link with what changed since. Members are generated on
 * demand: a roster of 50,000 costs a few numbers, not 50,000 objects.
 */
final class EmulatedRoster {

    /** A member's state changed by hand: status (Active, Inactive, Deleted) and an optional new name. */
    record Change(String status, String givenName, String familyName) {
    }

    private final List<String> directoryKeys;
    private int size;
    private int pageSize;
    private int groups;
    private long version;
    private final Map<String, Change> changes = new HashMap<>();
    private final NavigableSet<Integer> deletedGenerated = new TreeSet<>();
    /** When each member key last changed by hand. */
    private final Map<String, Long> keyVersions = new HashMap<>();
    /** When every member last changed at once (the course's run ended: all carry course_end); -1 never. */
    private long everyoneVersion = -1;
    /** Resizes: {version, from, to} — generated members in [min, max) changed then. */
    private final List<long[]> resizes = new ArrayList<>();

    EmulatedRoster(List<String> directoryKeys, int size, int pageSize, int groups) {
        this.directoryKeys = List.copyOf(directoryKeys);
        this.size = size;
        this.pageSize = pageSize;
        this.groups = groups;
    }

    synchronized long version() {
        return version;
    }

    synchronized int size() {
        return size;
    }

    synchronized int pageSize() {
        return pageSize;
    }

    synchronized int groups() {
        return groups;
    }

    synchronized void configure(Integer newSize, Integer newPageSize, Integer newGroups) {
        if (newSize != null && newSize != size) {
            version++;
            resizes.add(new long[] {version, Math.min(size, newSize), Math.max(size, newSize)});
            size = newSize;
        }
        if (newPageSize != null) {
            pageSize = newPageSize;
        }
        if (newGroups != null) {
            groups = newGroups;
        }
    }

    synchronized boolean has(String key) {
        return directoryKeys.contains(key) || generatedIndex(key) >= 0 && generatedIndex(key) < size;
    }

    synchronized void change(String key, Change change) {
        version++;
        changes.put(key, change);
        keyVersions.put(key, version);
        int index = generatedIndex(key);
        if (index >= 0) {
            if ("Deleted".equals(change.status())) {
                deletedGenerated.add(index);
            } else {
                deletedGenerated.remove(index);
            }
        }
    }

    /** A member's custom values changed (they completed the course): a differences listing lists them. */
    synchronized void customChanged(String key) {
        version++;
        keyVersions.put(key, version);
    }

    /** Every member's custom values changed (a differences listing since before now lists everyone). */
    synchronized void everyoneChanged() {
        version++;
        everyoneVersion = version;
    }

    synchronized Change changeOf(String key) {
        return changes.get(key);
    }

    /** The status the platform reports for a member now: Deleted when gone (by hand or by a resize). */
    synchronized String status(String key) {
        int index = generatedIndex(key);
        if (index >= size) {
            return "Deleted";
        }
        Change change = changes.get(key);
        return change == null ? "Active" : change.status();
    }

    /** The full listing, without Deleted members: its length. */
    synchronized int listed() {
        int directory = (int) directoryKeys.stream().filter(k -> !"Deleted".equals(status(k))).count();
        return directory + size - deletedGenerated.headSet(size).size();
    }

    /** The members of the full listing at positions [from, from + count). */
    synchronized List<String> listing(int from, int count) {
        List<String> directory = directoryKeys.stream().filter(k -> !"Deleted".equals(status(k))).toList();
        List<String> keys = new ArrayList<>(Math.max(0, count));
        int position = from;
        while (keys.size() < count && position < directory.size()) {
            keys.add(directory.get(position++));
        }
        int k = position - directory.size();
        int index = nthPresentGenerated(k);
        while (keys.size() < count && index < size) {
            if (!deletedGenerated.contains(index)) {
                keys.add("m" + index);
            }
            index++;
        }
        return keys;
    }

    /** The index of the k-th (0-based) generated member that is not Deleted. */
    private int nthPresentGenerated(int k) {
        int index = k;
        for (int deleted : deletedGenerated) {
            if (deleted <= index) {
                index++;
            } else {
                break;
            }
        }
        return index;
    }

    /** Members changed since {@code since}, in a stable order, at positions [from, from + count). */
    synchronized List<String> changedSince(long since, int from, int count) {
        if (everyoneVersion > since) {
            return everyoneSince(since, from, count);
        }
        TreeSet<String> singles = new TreeSet<>();
        keyVersions.forEach((key, v) -> {
            if (v > since) {
                singles.add(key);
            }
        });
        List<long[]> ranges = resizes.stream().filter(r -> r[0] > since).map(r -> new long[] {r[1], r[2]}).toList();
        singles.removeIf(key -> {
            int index = generatedIndex(key);
            return index >= 0 && ranges.stream().anyMatch(r -> index >= r[0] && index < r[1]);
        });
        List<String> keys = new ArrayList<>();
        int position = 0;
        for (String key : singles) {
            if (position >= from && keys.size() < count) {
                keys.add(key);
            }
            position++;
        }
        for (long[] range : merged(ranges)) {
            long length = range[1] - range[0];
            if (position + length <= from) {
                position += length;
                continue;
            }
            for (long i = range[0] + Math.max(0, from - position); i < range[1] && keys.size() < count; i++) {
                keys.add("m" + i);
            }
            position += length;
            if (keys.size() >= count) {
                break;
            }
        }
        return keys;
    }

    /**
     * Everyone changed since {@code since}: the whole listing, then the members Deleted since (the
     * full listing leaves them out, yet a differences listing is how the tool learns they left).
     */
    private List<String> everyoneSince(long since, int from, int count) {
        int present = listed();
        List<String> keys = from < present ? new ArrayList<>(listing(from, count)) : new ArrayList<>();
        List<String> gone = new TreeSet<>(keyVersions.keySet()).stream()
                .filter(key -> keyVersions.get(key) > since && "Deleted".equals(status(key))).toList();
        for (int i = Math.max(0, from - present); i < gone.size() && keys.size() < count; i++) {
            keys.add(gone.get(i));
        }
        return keys;
    }

    /** Sorted, disjoint index ranges covering the given ones. */
    private static List<long[]> merged(List<long[]> ranges) {
        List<long[]> sorted = new ArrayList<>(ranges);
        sorted.sort((a, b) -> Long.compare(a[0], b[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] range : sorted) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range[0] <= last[1]) {
                last[1] = Math.max(last[1], range[1]);
            } else {
                merged.add(new long[] {range[0], range[1]});
            }
        }
        return merged;
    }

    static int generatedIndex(String key) {
        if (key.length() < 2 || key.charAt(0) != 'm') {
            return -1;
        }
        try {
            return Integer.parseInt(key.substring(1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
