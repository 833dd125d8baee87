package org.thirdspace.community.peergroup.formation;

import java.util.Objects;

/**
 * One attribute the groups should be diverse in, and how much it counts.
 *
 * <p>Categorical attributes (department, unit, region, …) differ or not; numeric ones (a tenure
 * band, a UTC offset) differ by their distance over the attribute's range among the people formed,
 * as in Gower's coefficient (Gower 1971, "A general coefficient of similarity and some of its
 * properties", Biometrics 27).
 */
public record Attribute(String name, Kind kind, double weight) {

    /** How values of an attribute are compared. */
    public enum Kind {
        CATEGORICAL, NUMERIC
    }

    public Attribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight of " + name + " must be a finite number >= 0");
        }
    }

    public static Attribute categorical(String name, double weight) {
        return new Attribute(name, Kind.CATEGORICAL, weight);
    }

    public static Attribute numeric(String name, double weight) {
        return new Attribute(name, Kind.NUMERIC, weight);
    }
}
