package org.thirdspace.community.artifact;

import org.thirdspace.community.discussion.Audience;

import java.util.Optional;

/**
 * How far an artifact has gone: the ladder of its conversation (peer group, space, organisation)
 * and one step further, placed on a course page, where learners of other courses meet it.
 */
public enum ArtifactAudience {
    PEER_GROUP, SPACE, ORGANISATION, COURSE_PAGE;

    public boolean isWiderThan(ArtifactAudience other) {
        return ordinal() > other.ordinal();
    }

    public static ArtifactAudience of(Audience audience) {
        return switch (audience) {
            case PEER_GROUP -> PEER_GROUP;
            case SPACE -> SPACE;
            case ORGANISATION -> ORGANISATION;
        };
    }

    public static ArtifactAudience narrowest(ArtifactAudience a, ArtifactAudience b) {
        return a.isWiderThan(b) ? b : a;
    }

    public static Optional<ArtifactAudience> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (ArtifactAudience audience : values()) {
            if (audience.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(audience);
            }
        }
        return Optional.empty();
    }
}
