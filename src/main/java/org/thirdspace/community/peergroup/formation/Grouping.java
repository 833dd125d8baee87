package org.thirdspace.community.peergroup.formation;

import java.util.Arrays;

/** Who is in which group, by index: the mutable state the search works on. */
final class Grouping {

    final int people;
    int groups;
    final int[] groupOf;
    final int[] slot;
    int[][] members;
    int[] size;
    private final int capacity;

    Grouping(int people, int groups, int capacity) {
        this.people = people;
        this.groups = groups;
        this.groupOf = new int[people];
        this.slot = new int[people];
        Arrays.fill(groupOf, -1);
        this.capacity = capacity;
        this.members = new int[groups][];
        this.size = new int[groups];
    }

    void add(int person, int group) {
        if (members[group] == null) {
            members[group] = new int[capacity];
        } else if (size[group] == members[group].length) {
            members[group] = Arrays.copyOf(members[group], members[group].length * 2 + 1);
        }
        slot[person] = size[group];
        members[group][size[group]++] = person;
        groupOf[person] = group;
    }

    void remove(int person) {
        int group = groupOf[person];
        int last = members[group][--size[group]];
        members[group][slot[person]] = last;
        slot[last] = slot[person];
        groupOf[person] = -1;
    }

    /** Drops empty groups, renumbering the others in order; returns old index to new (-1 for dropped). */
    int[] compact() {
        int[] renumber = new int[groups];
        int next = 0;
        for (int g = 0; g < groups; g++) {
            if (size[g] == 0) {
                renumber[g] = -1;
                continue;
            }
            renumber[g] = next;
            members[next] = members[g];
            size[next] = size[g];
            next++;
        }
        for (int i = 0; i < people; i++) {
            if (groupOf[i] >= 0) {
                groupOf[i] = renumber[groupOf[i]];
            }
        }
        groups = next;
        members = Arrays.copyOf(members, next);
        size = Arrays.copyOf(size, next);
        return renumber;
    }
}
