package org.thirdspace.application.space;

import java.util.List;
import java.util.UUID;

/**
 * A space as its members see it, with what the viewer may do there; {@code openCases}: for its
 * moderators, how many cases wait in the queue (null for everyone else).
 */
public record SpaceView(UUID id, String title, String purpose, String description, String kind, boolean archived,
                        String myRole, long memberCount, boolean mayPost, boolean mayFacilitate, boolean mayModerate,
                        List<Group> myPeerGroups, String courseCopies, Long openCases) {

    public record Group(UUID id, String name) {
    }
}
