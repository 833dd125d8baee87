package org.thirdspace.community.artifact;

import java.util.Optional;

/**
 * When at work the artifact helps (Gottfredson and Mosher's moments of need after training):
 * applying what was learned, solving a problem when things go wrong, or coping with a change.
 */
public enum MomentOfNeed {
    APPLY, SOLVE, CHANGE;

    public static Optional<MomentOfNeed> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (MomentOfNeed moment : values()) {
            if (moment.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(moment);
            }
        }
        return Optional.empty();
    }
}
