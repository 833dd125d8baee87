package org.thirdspace.community.peergroup.formation;

/**
 * How large groups are: the size aimed at, and the bounds no group leaves. The number of groups is
 * chosen so that sizes are as close to the target as the bounds allow.
 */
public record GroupSize(int target, int min, int max) {

    public static final GroupSize DEFAULT = new GroupSize(6, 5, 7);

    public GroupSize {
        if (min < 2 || target < min || max < target) {
            throw new IllegalArgumentException("group size must satisfy 2 <= min <= target <= max");
        }
    }
}
